package com.spinedesk.security.application;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Jakarta Security's view of SpineDesk's accounts: form sign-in on {@code /login.xhtml}, checked
 * against the PBKDF2 hashes in {@code app_user} by {@link SignIn}, which also throttles guessing.
 */
@CustomFormAuthenticationMechanismDefinition(
    loginToContinue =
        @LoginToContinue(loginPage = "/login.xhtml", useForwardToLogin = false, errorPage = ""))
@ApplicationScoped
public class DatabaseIdentityStore implements IdentityStore {
  private static final Logger LOG = Logger.getLogger(DatabaseIdentityStore.class.getName());

  @EJB private SignIn signIn;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential login)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    try {
      SignIn.Result result = signIn.attempt(login.getCaller(), login.getPassword().getValue());
      return result.outcome() == SignIn.Outcome.SIGNED_IN
          ? new CredentialValidationResult(result.username(), result.roles())
          : CredentialValidationResult.INVALID_RESULT;
    } catch (EJBException e) {
      // Two failed attempts racing on one account; refusing this one is the safe answer.
      LOG.log(Level.FINE, "Sign-in attempt could not be recorded", e);
      return CredentialValidationResult.INVALID_RESULT;
    }
  }
}
