package dev.touchstone.web;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.CombinedChannelDuplexHandler;
import io.netty.handler.codec.http.HttpDecoderConfig;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpRequestDecoder;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseEncoder;
import io.netty.handler.codec.http.HttpStatusClass;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;

/**
 * Netty's {@code HttpServerCodec}, except that a request carrying both {@code Content-Length} and
 * {@code Transfer-Encoding} fails to decode instead of being read by its chunks: Micronaut answers
 * a request that failed to decode with 400, and the decoder reads nothing more from the connection.
 * The response side keeps what {@code HttpServerCodec} does for HEAD and CONNECT.
 */
final class UnambiguousServerCodec
    extends CombinedChannelDuplexHandler<HttpRequestDecoder, HttpResponseEncoder> {
  static final String AMBIGUOUS =
      "a request may carry Content-Length or Transfer-Encoding, not both";

  /** The methods of the requests not yet answered, in order (HTTP/1.1 answers in order). */
  private final Queue<HttpMethod> methods = new ArrayDeque<>();

  UnambiguousServerCodec(
      int maxInitialLineLength,
      int maxHeaderSize,
      int maxChunkSize,
      boolean validateHeaders,
      int initialBufferSize) {
    init(
        new Decoder(
            new HttpDecoderConfig()
                .setMaxInitialLineLength(maxInitialLineLength)
                .setMaxHeaderSize(maxHeaderSize)
                .setMaxChunkSize(maxChunkSize)
                .setValidateHeaders(validateHeaders)
                .setInitialBufferSize(initialBufferSize)),
        new Encoder());
  }

  private final class Decoder extends HttpRequestDecoder {
    Decoder(HttpDecoderConfig config) {
      super(config);
    }

    @Override
    protected void decode(ChannelHandlerContext context, ByteBuf buffer, List<Object> out)
        throws Exception {
      int before = out.size();
      super.decode(context, buffer, out);
      for (int i = before; i < out.size(); i++) {
        if (out.get(i) instanceof HttpRequest request) {
          methods.add(request.method());
        }
      }
    }

    @Override
    protected void handleTransferEncodingChunkedWithContentLength(HttpMessage message) {
      throw new IllegalArgumentException(AMBIGUOUS);
    }
  }

  private final class Encoder extends HttpResponseEncoder {
    private HttpMethod method;

    @Override
    protected void sanitizeHeadersBeforeEncode(HttpResponse response, boolean alwaysEmpty) {
      if (!alwaysEmpty
          && HttpMethod.CONNECT.equals(method)
          && response.status().codeClass() == HttpStatusClass.SUCCESS) {
        response.headers().remove(HttpHeaderNames.TRANSFER_ENCODING);
        return;
      }
      super.sanitizeHeadersBeforeEncode(response, alwaysEmpty);
    }

    @Override
    protected boolean isContentAlwaysEmpty(HttpResponse response) {
      method = methods.poll();
      return HttpMethod.HEAD.equals(method) || super.isContentAlwaysEmpty(response);
    }
  }
}
