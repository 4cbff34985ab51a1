package dev.touchstone.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.netty.NettyHttpRequest;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.util.concurrent.GenericFutureListener;

/**
 * The connection a request came on, to learn when its client hangs up. A blocking controller has no
 * Micronaut API for that (a reactive one would be cancelled), so this reads Netty's channel from
 * Micronaut's request: a long batch stops and its spool files go when nobody is left to read the
 * answer (security-2026-12 F3). Outside Netty (no channel), the connection counts as open.
 */
final class ClientConnection {
  private final Channel channel;

  private ClientConnection(Channel channel) {
    this.channel = channel;
  }

  static ClientConnection of(HttpRequest<?> request) {
    return new ClientConnection(
        request instanceof NettyHttpRequest<?> netty
            ? netty.getChannelHandlerContext().channel()
            : null);
  }

  boolean isOpen() {
    return channel == null || channel.isActive();
  }

  /**
   * Runs {@code action} once the connection closes (at once if it already has); the returned handle
   * takes the action back, so a keep-alive connection does not collect one per request.
   */
  Runnable onClose(Runnable action) {
    if (channel == null) {
      return () -> {};
    }
    ChannelFuture closed = channel.closeFuture();
    GenericFutureListener<ChannelFuture> listener = future -> action.run();
    closed.addListener(listener);
    return () -> closed.removeListener(listener);
  }
}
