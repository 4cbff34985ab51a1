package dev.touchstone.web;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.server.netty.NettyServerCustomizer;
import io.micronaut.http.server.netty.configuration.NettyHttpServerConfiguration;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.handler.codec.http.HttpServerCodec;
import jakarta.inject.Singleton;

/**
 * Puts {@link UnambiguousServerCodec} where Micronaut puts Netty's {@code HttpServerCodec}, with
 * the same limits. Netty drops the {@code Content-Length} of a request that also says {@code
 * Transfer-Encoding: chunked} and reads the chunks; a proxy in front that reads the length instead
 * sees a different request end, and the bytes in between are answered as a second, smuggled request
 * (security-2026-12 F11, reproduced in {@code WireTest}). Micronaut has no setting for this, so the
 * codec is replaced.
 */
@Singleton
final class UnambiguousFraming implements BeanCreatedEventListener<NettyServerCustomizer.Registry> {
  private static final String CODEC = "http-server-codec";

  private final NettyHttpServerConfiguration server;

  UnambiguousFraming(NettyHttpServerConfiguration server) {
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
      }
    }
  }
}
