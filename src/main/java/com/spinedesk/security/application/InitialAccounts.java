package com.spinedesk.security.application;

import com.spinedesk.audit.application.AuditLog;
import com.spinedesk.audit.domain.AuditAction;
import com.spinedesk.platform.application.ClinicSettings;
import com.spinedesk.platform.application.FirstStart;
import com.spinedesk.platform.application.Seeds;
import com.spinedesk.platform.domain.Roles;
import com.spinedesk.security.domain.PasswordRules;
import com.spinedesk.security.domain.UserAccount;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The first accounts of an empty installation. In demo mode: the demo users of {@code
 * seeds/demo/users.json}. In production: one administrator {@code admin} whose password comes from
 * {@code SPINEDESK_INITIAL_ADMIN_PASSWORD}, set for the first start and removed after.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class InitialAccounts {
  private static final String ACTOR = "setup";
  private static final Logger LOG = Logger.getLogger(InitialAccounts.class.getName());

  @PersistenceContext private EntityManager em;
  @Inject private ClinicSettings settings;
  @Inject private PasswordHasher hasher;
  @EJB private AuditLog audit;

  @Inject
  @ConfigProperty(name = "spinedesk.initial.admin.password")
  Optional<String> initialAdminPassword;

  @PostConstruct
  void createWhenEmpty() {
    FirstStart.oneNodeAtATime(em);
    if (em.createQuery("select count(u) from UserAccount u", Long.class).getSingleResult() > 0) {
      return;
    }
    if (settings.demo()) {
      for (JsonValue value : Seeds.array("demo/users.json")) {
        JsonObject seed = value.asJsonObject();
        Set<String> roles =
            seed.getJsonArray("roles").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .collect(Collectors.toSet());
        create(
            seed.getString("username"),
            seed.getString("fullName"),
            roles,
            seed.getString("password"));
      }
      LOG.info("Demo mode: created the demo users");
    } else if (initialAdminPassword.isPresent()) {
      String password = initialAdminPassword.get();
      Optional<String> problem = PasswordRules.problemWith(password, "admin");
      if (problem.isPresent()) {
        LOG.severe(
            "SPINEDESK_INITIAL_ADMIN_PASSWORD is too weak ("
                + problem.get()
                + "); no account created");
        return;
      }
      create("admin", "Administrator", Set.of(Roles.ADMIN), password);
      LOG.info(
          "Created the initial administrator 'admin'; remove SPINEDESK_INITIAL_ADMIN_PASSWORD now");
    } else {
      LOG.warning(
          "No user accounts exist. Set SPINEDESK_INITIAL_ADMIN_PASSWORD for one start to create 'admin'.");
    }
  }

  private void create(String username, String fullName, Set<String> roles, String password) {
    UserAccount account = new UserAccount(username, fullName, roles);
    account.setPasswordHash(hasher.hash(password.toCharArray()));
    account.changedBy(ACTOR, Instant.now());
    em.persist(account);
    em.flush();
    audit.recordAs(ACTOR, AuditAction.CREATE, "USER", account.getId(), "roles " + roles);
  }
}
