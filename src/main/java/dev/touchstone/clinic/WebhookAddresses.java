package dev.touchstone.clinic;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import okhttp3.Dns;
import okhttp3.HttpUrl;

/**
 * Where webhooks may go: public addresses over HTTPS. Private, link-local and loopback addresses
 * are refused when the URL is registered and again when each delivery resolves it (a name may be
 * pointed elsewhere later), so a webhook cannot reach into our own network. Plain HTTP to loopback
 * is allowed only with {@code touchstone.webhooks.allow-loopback=true}, for tests.
 */
@Singleton
public class WebhookAddresses implements Dns {
  private final boolean allowLoopback;

  @Inject
  WebhookAddresses(WebhookSettings settings) {
    this(settings.allowLoopback());
  }

  WebhookAddresses(boolean allowLoopback) {
    this.allowLoopback = allowLoopback;
  }

  /** Why the URL may not receive webhooks, or null when it may. */
  public String refusal(String text) {
    HttpUrl url = text == null ? null : HttpUrl.parse(text.strip());
    if (url == null) {
      return "is not an http(s) URL, e.g. https://clinic.example/touchstone-alerts";
    }
    if (!url.username().isEmpty() || !url.password().isEmpty()) {
      return "must not carry a user name or password";
    }
    List<InetAddress> addresses;
    try {
      addresses = List.of(InetAddress.getAllByName(url.host()));
    } catch (UnknownHostException e) {
      return "names a host that does not resolve: " + url.host();
    }
    boolean loopback = addresses.stream().allMatch(InetAddress::isLoopbackAddress);
    if (loopback && allowLoopback) {
      return null;
    }
    if (!url.isHttps()) {
      return "must use https";
    }
    if (addresses.stream().anyMatch(address -> !isPublic(address))) {
      return "resolves to a private, loopback or link-local address; webhooks go only to public addresses";
    }
    return null;
  }

  /** Resolves for a delivery, keeping only the addresses a webhook may reach. */
  @Override
  public List<InetAddress> lookup(String hostname) throws UnknownHostException {
    List<InetAddress> allowed =
        Dns.SYSTEM.lookup(hostname).stream()
            .filter(address -> isPublic(address) || allowLoopback && address.isLoopbackAddress())
            .toList();
    if (allowed.isEmpty()) {
      throw new UnknownHostException(
          hostname + " resolves only to private or local addresses; refused");
    }
    return allowed;
  }

  static boolean isPublic(InetAddress address) {
    if (address.isAnyLocalAddress()
        || address.isLoopbackAddress()
        || address.isLinkLocalAddress()
        || address.isSiteLocalAddress()
        || address.isMulticastAddress()) {
      return false;
    }
    byte[] bytes = address.getAddress();
    if (address instanceof Inet6Address) {
      if ((bytes[0] & 0xfe) == 0xfc) {
        return false;
      }
      // An IPv4 address carried inside (IPv4-compatible, -mapped, -translated, NAT64, 6to4,
      // Teredo) is as public as that address: a NAT64 gateway turns 64:ff9b::a00:1 into 10.0.0.1.
      byte[] inside = embeddedIpv4(bytes);
      return inside == null || isPublicIpv4(inside);
    }
    return isPublicIpv4(bytes);
  }

  /**
   * Beyond Java's own tests: the IANA special-purpose IPv4 blocks that are not the public internet
   * (RFC 6890): 0/8, 100.64/10 (carrier-grade NAT), 192.0.0/24, the documentation ranges
   * 192.0.2/24, 198.51.100/24 and 203.0.113/24, 198.18/15 (benchmarking), 240/4 and broadcast.
   */
  private static boolean isPublicIpv4(byte[] ip) {
    int a = ip[0] & 0xff;
    int b = ip[1] & 0xff;
    int c = ip[2] & 0xff;
    if (a == 0 || a == 10 || a == 127 || a >= 224) {
      return false;
    }
    return !(a == 100 && (b & 0xc0) == 64)
        && !(a == 169 && b == 254)
        && !(a == 172 && (b & 0xf0) == 16)
        && !(a == 192 && b == 168)
        && !(a == 192 && b == 0 && (c == 0 || c == 2))
        && !(a == 198 && (b & 0xfe) == 18)
        && !(a == 198 && b == 51 && c == 100)
        && !(a == 203 && b == 0 && c == 113);
  }

  /** The IPv4 address an IPv6 address carries by one of the standard embeddings, or null. */
  private static byte[] embeddedIpv4(byte[] ip) {
    boolean zeros80 = allZero(ip, 0, 10);
    if (zeros80 && allZero(ip, 10, 12)) {
      return java.util.Arrays.copyOfRange(ip, 12, 16); // ::a.b.c.d (IPv4-compatible)
    }
    if (zeros80 && (ip[10] & 0xff) == 0xff && (ip[11] & 0xff) == 0xff) {
      return java.util.Arrays.copyOfRange(ip, 12, 16); // ::ffff:a.b.c.d (mapped)
    }
    if (allZero(ip, 0, 8)
        && (ip[8] & 0xff) == 0xff
        && (ip[9] & 0xff) == 0xff
        && allZero(ip, 10, 12)) {
      return java.util.Arrays.copyOfRange(ip, 12, 16); // ::ffff:0:a.b.c.d (translated)
    }
    int first = ((ip[0] & 0xff) << 8) | (ip[1] & 0xff);
    int second = ((ip[2] & 0xff) << 8) | (ip[3] & 0xff);
    if (first == 0x64 && second == 0xff9b) {
      // 64:ff9b::/96 (well-known NAT64) and 64:ff9b:1::/48 (local NAT64): the last 32 bits.
      return java.util.Arrays.copyOfRange(ip, 12, 16);
    }
    if (first == 0x2002) {
      return java.util.Arrays.copyOfRange(ip, 2, 6); // 6to4: 2002:aabb:ccdd::
    }
    if (first == 0x2001 && second == 0) {
      // Teredo: the client's address is the last 32 bits, inverted.
      byte[] client = java.util.Arrays.copyOfRange(ip, 12, 16);
      for (int i = 0; i < 4; i++) {
        client[i] = (byte) ~client[i];
      }
      return client;
    }
    return null;
  }

  private static boolean allZero(byte[] bytes, int from, int to) {
    for (int i = from; i < to; i++) {
      if (bytes[i] != 0) {
        return false;
      }
    }
    return true;
  }
}
