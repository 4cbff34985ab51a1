package dev.touchstone.source;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InterruptedIOException;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/** The one OkHttp client every outbound call goes through. */
@Factory
class HttpClientFactory {

  @Singleton
  OkHttpClient okHttpClient(HttpSettings settings, MeterRegistry metrics) {
    return new OkHttpClient.Builder()
        .connectTimeout(settings.connectTimeout())
        .readTimeout(settings.readTimeout())
        .retryOnConnectionFailure(false)
        .addInterceptor(
            chain -> {
              Request request =
                  chain.request().newBuilder().header("User-Agent", settings.userAgent()).build();
              String host = request.url().host();
              try {
                Response response = chain.proceed(request);
                count(metrics, host, Integer.toString(response.code()));
                return response;
              } catch (InterruptedIOException e) {
                count(metrics, host, "timeout");
                throw e;
              } catch (IOException e) {
                count(metrics, host, "io_error");
                throw e;
              }
            })
        .build();
  }

  /** Every attempt, retries included, by host and HTTP status (or timeout, io_error). */
  private static void count(MeterRegistry metrics, String host, String status) {
    Counter.builder("touchstone.http.client.calls")
        .description("Calls to boards and registries, by host and HTTP status")
        .tags("host", host, "status", status)
        .register(metrics)
        .increment();
  }

  @Singleton
  Sleeper sleeper() {
    return duration -> Thread.sleep(duration.toMillis());
  }
}
