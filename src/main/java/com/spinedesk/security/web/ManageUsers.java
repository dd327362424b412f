package com.spinedesk.security.web;

import com.spinedesk.platform.domain.Roles;
import com.spinedesk.platform.web.Feedback;
import com.spinedesk.security.application.UserAdministration;
import com.spinedesk.security.domain.UserAccount;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/** The administrator's accounts screen: create, edit roles, reset passwords, (de)activate. */
@Named
@ViewScoped
public class ManageUsers implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  @EJB private UserAdministration administration;

  private List<UserAccount> accounts;

  /** The account in the dialog; null id means a new one. */
  private Long editedId;

  private long editedVersion;
  private String username;
  private String fullName;
  private List<String> roles = new ArrayList<>();
  private String password;

  @PostConstruct
  void load() {
    accounts = administration.allAccounts();
  }

  public void startNew() {
    editedId = null;
    username = null;
    fullName = null;
    roles = new ArrayList<>();
    password = null;
  }

  public void startEdit(UserAccount account) {
    editedId = account.getId();
    editedVersion = account.getVersion();
    username = account.getUsername();
    fullName = account.getFullName();
    roles = new ArrayList<>(account.getRoles());
    password = null;
  }

  public void save() {
    try {
      Feedback.attempt("userForm")
          .run(
              () -> {
                if (editedId == null) {
                  UserAccount account = new UserAccount(username, fullName, new HashSet<>(roles));
                  administration.create(account, password == null ? null : password.toCharArray());
                  Feedback.info("user.created", username);
                } else {
                  administration.update(editedId, editedVersion, fullName, new HashSet<>(roles));
                  Feedback.info("user.updated", username);
                }
                closeDialog();
              });
    } finally {
      password = null;
    }
  }

  public void resetPassword() {
    try {
      Feedback.attempt("passwordForm")
          .run(
              () -> {
                administration.resetPassword(
                    editedId, editedVersion, password == null ? null : password.toCharArray());
                Feedback.info("user.passwordReset", username);
                closeDialog();
              });
    } finally {
      password = null;
    }
  }

  public void setActive(UserAccount account, boolean active) {
    Feedback.attempt()
        .run(
            () -> {
              administration.setActive(account.getId(), account.getVersion(), active);
              Feedback.info(
                  active ? "user.reactivated" : "user.deactivated", account.getUsername());
            });
    load();
  }

  public void unlock(UserAccount account) {
    Feedback.attempt()
        .run(
            () -> {
              administration.unlock(account.getId(), account.getVersion());
              Feedback.info("user.unlocked", account.getUsername());
            });
    load();
  }

  public boolean isLocked(UserAccount account) {
    return account.isLockedAt(Instant.now());
  }

  private void closeDialog() {
    load();
    org.primefaces.PrimeFaces.current()
        .executeScript("PF('userDialog').hide();PF('passwordDialog').hide();");
  }

  public List<String> getAllRoles() {
    return Roles.ALL;
  }

  public List<UserAccount> getAccounts() {
    return accounts;
  }

  public boolean isNew() {
    return editedId == null;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getFullName() {
    return fullName;
  }

  public void setFullName(String fullName) {
    this.fullName = fullName;
  }

  public List<String> getRoles() {
    return roles;
  }

  public void setRoles(List<String> roles) {
    this.roles = roles;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
