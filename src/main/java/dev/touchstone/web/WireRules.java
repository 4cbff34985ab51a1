package dev.touchstone.web;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.server.netty.NettyServerCustomizer;
import io.micronaut.http.server.netty.configuration.NettyHttpServerConfiguration;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpServerCodec;
import jakarta.inject.Singleton;
import java.util.regex.Pattern;

/**
 * Two changes to the HTTP/1.1 pipeline Micronaut builds for each connection, for which Micronaut
 * has no setting:
 *
 * <ul>
 *   <li>{@link UnambiguousServerCodec} replaces Netty's {@code HttpServerCodec}, with the same
 *       limits. Netty drops the {@code Content-Length} of a request that also says {@code
 *       Transfer-Encoding: chunked} and reads the chunks; a proxy in front that reads the length
 *       instead sees a different end of the request, and the bytes in between are answered as a
 *       second, smuggled request (security-2026-12 F11, reproduced in {@code WireTest}).
 *   <li>{@code Accept-Encoding: *} is read as gzip. For "*" Micronaut's compressor picks the first
 *       coding it has, and without Brotli or Zstandard on the class path that is Snappy framing: no
 *       HTTP content coding, unreadable by every HTTP client (seen through Prism, {@code
 *       CompressionTest}).
 * </ul>
 */
@Singleton
final class WireRules implements BeanCreatedEventListener<NettyServerCustomizer.Registry> {
  private static final String CODEC = "http-server-codec";
  private static final Pattern ANY_CODING = Pattern.compile("(^|,)\\s*\\*\\s*(?=;|,|$)");

  private final NettyHttpServerConfiguration server;

  WireRules(NettyHttpServerConfiguration server) {
    this.server = server;
  }

  @Override
  public NettyServerCustomizer.Registry onCreated(
      BeanCreatedEvent<NettyServerCustomizer.Registry> event) {
    event.getBean().register(new ForEachConnection(null));
    return event.getBean();
  }

  private final class ForEachConnection implements NettyServerCustomizer {
    private final Channel channel;

    ForEachConnection(Channel channel) {
      this.channel = channel;
    }

    @Override
    public NettyServerCustomizer specializeForChannel(Channel channel, ChannelRole role) {
      return role == ChannelRole.CONNECTION ? new ForEachConnection(channel) : this;
    }

    @Override
    public void onStreamPipelineBuilt() {
      if (channel == null) {
        return;
      }
      ChannelHandler codec = channel.pipeline().get(CODEC);
      if (codec instanceof HttpServerCodec) {
        channel
            .pipeline()
            .replace(
                CODEC,
                CODEC,
                new UnambiguousServerCodec(
                    server.getMaxInitialLineLength(),
                    server.getMaxHeaderSize(),
                    server.getMaxChunkSize(),
                    server.isValidateHeaders(),
                    server.getInitialBufferSize()));
        channel.pipeline().addAfter(CODEC, "any-coding-is-gzip", new AnyCodingIsGzip());
      }
    }
  }

  private static final class AnyCodingIsGzip extends ChannelInboundHandlerAdapter {
    @Override
    public void channelRead(ChannelHandlerContext context, Object message) {
      if (message instanceof HttpRequest request) {
        String accepted = request.headers().get(HttpHeaderNames.ACCEPT_ENCODING);
        if (accepted != null && accepted.contains("*")) {
          request
              .headers()
              .set(
                  HttpHeaderNames.ACCEPT_ENCODING,
                  ANY_CODING.matcher(accepted).replaceAll("$1gzip"));
        }
      }
      context.fireChannelRead(message);
    }

    @Override
    public boolean isSharable() {
      return true;
    }
  }
}
