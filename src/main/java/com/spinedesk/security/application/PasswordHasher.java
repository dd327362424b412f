package com.spinedesk.security.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * PBKDF2 hashing with the parameters OWASP recommends for HMAC-SHA512 (210,000 iterations). The
 * parameters are stored inside each hash, so raising them later keeps old hashes verifiable.
 */
@ApplicationScoped
public class PasswordHasher {

  @Inject private Pbkdf2PasswordHash pbkdf2;

  private String hashOfNothing;

  @PostConstruct
  void configure() {
    pbkdf2.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "64"));
    hashOfNothing = pbkdf2.generate("no such user".toCharArray());
  }

  public String hash(char[] password) {
    return pbkdf2.generate(password);
  }

  public boolean matches(char[] password, String hash) {
    return pbkdf2.verify(password, hash);
  }

  /**
   * Spends the same time as a real check when the user name is unknown, so response times do not
   * tell which user names exist.
   */
  public void spendTimeOfOneCheck(char[] password) {
    pbkdf2.verify(password, hashOfNothing);
  }
}
