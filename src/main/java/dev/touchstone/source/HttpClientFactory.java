package dev.touchstone.source;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import okhttp3.OkHttpClient;

/** The one OkHttp client every outbound call goes through. */
@Factory
class HttpClientFactory {

  @Singleton
  OkHttpClient okHttpClient(HttpSettings settings) {
    return new OkHttpClient.Builder()
        .connectTimeout(settings.connectTimeout())
        .readTimeout(settings.readTimeout())
        .retryOnConnectionFailure(false)
        .addInterceptor(chain -> chain.proceed(
            chain.request().newBuilder().header("User-Agent", settings.userAgent()).build()))
        .build();
  }

  @Singleton
  Sleeper sleeper() {
    return duration -> Thread.sleep(duration.toMillis());
  }
}
