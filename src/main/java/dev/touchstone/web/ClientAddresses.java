package dev.touchstone.web;

import io.micronaut.http.HttpRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * Who sent a request: the socket's peer, unless that peer is one of the configured trusted proxies
 * ({@code touchstone.rate-limit.trusted-proxies}, addresses or CIDR blocks), and then the nearest
 * address in {@code X-Forwarded-For} that is not a trusted proxy. Any client can write the header,
 * so it is believed only from a proxy (security-2026-12 F1); prepending addresses to it changes
 * nothing.
 */
final class ClientAddresses {
  private final List<Block> trusted = new ArrayList<>();

  ClientAddresses(List<String> trustedProxies) {
    for (String proxy : trustedProxies == null ? List.<String>of() : trustedProxies) {
      trusted.add(Block.parse(proxy.strip()));
    }
  }

  String of(HttpRequest<?> request) {
    InetAddress peer = request.getRemoteAddress().getAddress();
    if (peer == null || !isTrusted(peer)) {
      return peer == null ? request.getRemoteAddress().getHostString() : peer.getHostAddress();
    }
    List<String> forwarded = new ArrayList<>();
    request
        .getHeaders()
        .getAll("X-Forwarded-For")
        .forEach(
            value -> {
              for (String part : value.split(",")) {
                if (!part.isBlank()) {
                  forwarded.add(part.strip());
                }
              }
            });
    for (int i = forwarded.size() - 1; i >= 0; i--) {
      InetAddress hop = literal(forwarded.get(i));
      if (hop == null) {
        break; // not an address: what lies before it cannot be trusted either
      }
      if (!isTrusted(hop)) {
        return hop.getHostAddress();
      }
    }
    return peer.getHostAddress();
  }

  private boolean isTrusted(InetAddress address) {
    return trusted.stream().anyMatch(block -> block.contains(address));
  }

  /** An IP literal, never a name to look up. */
  private static InetAddress literal(String text) {
    String bare =
        text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
    if (!bare.matches("[0-9.]+|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*")) {
      return null;
    }
    try {
      return InetAddress.getByName(bare);
    } catch (UnknownHostException e) {
      return null;
    }
  }

  /** An address block such as 10.0.0.0/8 or a single address. */
  private record Block(byte[] network, int bits) {
    static Block parse(String text) {
      int slash = text.indexOf('/');
      InetAddress address = literal(slash < 0 ? text : text.substring(0, slash));
      if (address == null) {
        throw new IllegalArgumentException(
            "touchstone.rate-limit.trusted-proxies: '"
                + text
                + "' is not an IP address or CIDR block");
      }
      int bits =
          slash < 0 ? address.getAddress().length * 8 : Integer.parseInt(text.substring(slash + 1));
      return new Block(address.getAddress(), bits);
    }

    boolean contains(InetAddress address) {
      byte[] candidate = address.getAddress();
      if (candidate.length != network.length) {
        return false;
      }
      for (int bit = 0; bit < bits; bit++) {
        int mask = 0x80 >> (bit % 8);
        if ((candidate[bit / 8] & mask) != (network[bit / 8] & mask)) {
          return false;
        }
      }
      return true;
    }
  }
}
