package com.spinedesk.security.application;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

/**
 * Jakarta Security's view of SpineDesk's accounts: a user name and password checked against the
 * PBKDF2 hashes in {@code app_user} by {@link SignIn}, which also throttles guessing. A failure to
 * reach the database is not a wrong password: it propagates, and the person is told the service is
 * unavailable.
 */
@ApplicationScoped
public class DatabaseIdentityStore implements IdentityStore {

  @EJB private SignIn signIn;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential login)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    SignIn.Result result = signIn.attempt(login.getCaller(), login.getPassword().getValue());
    return result.outcome() == SignIn.Outcome.SIGNED_IN
        ? new CredentialValidationResult(result.username(), result.roles())
        : CredentialValidationResult.INVALID_RESULT;
  }
}
