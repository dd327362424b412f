package com.spinedesk.security.application;

import com.spinedesk.security.domain.UserAccount;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Full names of staff for printed documents (a requisition names its clinician, a sheet the
 * clinician who issued it). Accounts are never deleted, so a name is found for every signature.
 */
@Dependent
public class StaffDirectory {

  @PersistenceContext private EntityManager em;

  /** The account's full name, or the user name itself for an account that does not exist. */
  public String fullName(String username) {
    return em
        .createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
        .setParameter("username", username)
        .getResultList()
        .stream()
        .findFirst()
        .map(UserAccount::getFullName)
        .orElse(username);
  }
}
