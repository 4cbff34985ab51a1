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
      return (bytes[0] & 0xfe) != 0xfc;
    }
    // 100.64.0.0/10 (carrier-grade NAT) and 0.0.0.0/8 are not the public internet either.
    return !(bytes[0] == 100 && (bytes[1] & 0xc0) == 64) && bytes[0] != 0;
  }
}
