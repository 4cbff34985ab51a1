package dev.touchstone.web;

import dev.touchstone.registry.BoundedCache;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.MediaType;
import io.micronaut.http.server.netty.DefaultHttpCompressionStrategy;
import io.micronaut.http.server.netty.HttpCompressionStrategy;
import io.micronaut.http.server.netty.configuration.NettyHttpServerConfiguration;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpUtil;
import jakarta.inject.Singleton;

/**
 * Micronaut's rule for which answers may be compressed (text, at least the configured threshold
 * long), with its verdict on each content type remembered: the framework decides whether a type
 * is text with a regular expression, run again on every answer over the threshold, which cost a
 * verification about 2% of its CPU. Our answers have a handful of content types.
 */
@Singleton
@Replaces(DefaultHttpCompressionStrategy.class)
final class CompressionStrategy implements HttpCompressionStrategy {
  private final int threshold;
  private final int level;
  private final int maxZstdEncodeSize;
  // A pure mapping, never stale; bounded in case some answer's content type varies.
  private final BoundedCache<String, Boolean> textBased = new BoundedCache<>(1_000);

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
    return contentType != null && (length == -1 || length >= threshold) && textBased.get(contentType, MediaType::isTextBased);
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
