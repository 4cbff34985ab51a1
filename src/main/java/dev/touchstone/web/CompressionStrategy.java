package dev.touchstone.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.MediaType;
import io.micronaut.http.server.netty.DefaultHttpCompressionStrategy;
import io.micronaut.http.server.netty.HttpCompressionStrategy;
import io.micronaut.http.server.netty.configuration.NettyHttpServerConfiguration;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpUtil;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Micronaut's rule for which answers may be compressed (text, at least the configured threshold
 * long), with its verdict on each content type remembered: the framework decides whether a type
 * is text with a regular expression, run again on every answer over the threshold, which cost a
 * verification about 2% of its CPU. Our answers have a handful of content types.
 */
@Singleton
@Replaces(DefaultHttpCompressionStrategy.class)
final class CompressionStrategy implements HttpCompressionStrategy {
  private static final int MAX_TYPES_REMEMBERED = 1_000;
  private final int threshold;
  private final int level;
  private final int maxZstdEncodeSize;
  private final Map<String, Boolean> textBased = new ConcurrentHashMap<>();

  CompressionStrategy(NettyHttpServerConfiguration configuration) {
    this.threshold = configuration.getCompressionThreshold();
    this.level = configuration.getCompressionLevel();
    this.maxZstdEncodeSize = configuration.getMaxZstdEncodeSize();
  }

  @Override
  public boolean isEnabled() {
    return threshold >= 0;
  }

  @Override
  public boolean shouldCompress(HttpResponse response) {
    if (!isEnabled()) {
      return false;
    }
    String contentType = response.headers().get(HttpHeaderNames.CONTENT_TYPE);
    long length = HttpUtil.getContentLength(response, -1L);
    return contentType != null && (length == -1 || length >= threshold) && isTextBased(contentType);
  }

  private boolean isTextBased(String contentType) {
    Boolean known = textBased.get(contentType);
    if (known == null) {
      known = MediaType.isTextBased(contentType);
      if (textBased.size() < MAX_TYPES_REMEMBERED) {
        textBased.put(contentType, known);
      }
    }
    return known;
  }

  @Override
  public int getCompressionLevel() {
    return level;
  }

  @Override
  public int getMaxZstdEncodeSize() {
    return maxZstdEncodeSize;
  }
}
