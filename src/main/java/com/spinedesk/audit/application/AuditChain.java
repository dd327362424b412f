package com.spinedesk.audit.application;

import com.spinedesk.audit.domain.AuditEntry;
import com.spinedesk.audit.domain.AuditHash;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Writes a transaction's audit entries when its outermost business call ends, just before the
 * transaction commits, each chained by hash to the entry written before it ({@link AuditHash}).
 *
 * <p>Why at the end: the chain needs one order for all entries, so writing them takes the lock on
 * the chain's head row until commit. Taken last, after the transaction's own changes are flushed,
 * that lock is held for the moment of commit only, and no transaction holding it waits for another
 * lock, so busy hours neither queue behind it nor deadlock on it. The entries still commit or roll
 * back with the change they describe: they are written on the transaction's own connection, inside
 * the business call (a connection taken at commit time would be outside the transaction). {@link
 * AuditChainWriter}, a default interceptor of every EJB, marks where business calls end.
 */
@ApplicationScoped
public class AuditChain {
  private static final String PENDING = AuditChain.class.getName() + ".pending";

  /**
   * The time as the column stores it, microseconds included. Sent as text: Connector/J takes
   * MariaDB for a server without fractional seconds and would drop them, and the chain's hash must
   * read back exactly what it hashed.
   */
  private static final DateTimeFormatter STORED_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS").withZone(ZoneOffset.UTC);

  @Resource private TransactionSynchronizationRegistry transactions;

  @PersistenceContext private EntityManager em;

  /** Adds an entry to the current transaction's; it is written when the business call ends. */
  void append(AuditEntry entry) {
    Pending pending = pending();
    if (!pending.guarded) {
      transactions.registerInterposedSynchronization(pending);
      pending.guarded = true;
    }
    pending.entries.add(entry);
  }

  /**
   * Runs one business call; when it is the outermost call of its transaction, writes the entries
   * the call recorded before the transaction commits.
   */
  Object around(Callable<Object> call) throws Exception {
    if (transactions.getTransactionKey() == null) {
      return call.call();
    }
    Pending pending = pending();
    pending.depth++;
    try {
      return call.call();
    } finally {
      pending.depth--;
      if (pending.depth == 0
          && !pending.entries.isEmpty()
          && transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
        write(pending.entries);
      }
    }
  }

  private Pending pending() {
    Pending pending = (Pending) transactions.getResource(PENDING);
    if (pending == null) {
      pending = new Pending();
      transactions.putResource(PENDING, pending);
    }
    return pending;
  }

  /** A transaction's entries not written yet, and how deep in business calls it is. */
  private static final class Pending implements Synchronization {
    private final List<AuditEntry> entries = new ArrayList<>();
    private int depth;
    private boolean guarded;

    /** The guard: a change never commits with audit entries left unwritten. */
    @Override
    public void beforeCompletion() {
      if (!entries.isEmpty()) {
        throw new IllegalStateException(
            "Audit entries recorded outside a business call would be lost; refusing to commit");
      }
    }

    @Override
    public void afterCompletion(int status) {
      // Nothing to undo: the entries were written in the transaction itself.
    }
  }

  private void write(List<AuditEntry> entries) {
    // The transaction's own changes first, so the chain's lock is the last one it takes.
    em.flush();
    // The persistence context's own connection, never a second one from the pool: asking the pool
    // while this transaction holds row locks deadlocks a busy server, once every pooled connection
    // belongs to a transaction waiting for those locks. EclipseLink owns it; it is not closed here.
    Connection connection = em.unwrap(Connection.class);
    try {
      if (connection == null || serverAutocommits(connection)) {
        // Outside the transaction the head's lock would not hold and the chain would fork.
        throw new SQLException("The audit log's connection is not in the transaction");
      }
      String previous = lockHead(connection);
      long lastId = 0;
      try (PreparedStatement insert =
          connection.prepareStatement(
              "INSERT INTO audit_entry (occurred_at, actor, action, record_type, record_id,"
                  + " patient_id, patient_mrn, detail, entry_hash)"
                  + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
              Statement.RETURN_GENERATED_KEYS)) {
        for (AuditEntry entry : entries) {
          String hash = AuditHash.of(entry, previous);
          insert.setString(1, STORED_TIME.format(entry.getOccurredAt()));
          insert.setString(2, entry.getActor());
          insert.setString(3, entry.getAction().name());
          insert.setString(4, entry.getRecordType());
          insert.setString(5, entry.getRecordId());
          if (entry.getPatientId() == null) {
            insert.setNull(6, Types.BIGINT);
          } else {
            insert.setLong(6, entry.getPatientId());
          }
          insert.setString(7, entry.getPatientMrn());
          insert.setString(8, entry.getDetail());
          insert.setString(9, hash);
          insert.executeUpdate();
          try (ResultSet key = insert.getGeneratedKeys()) {
            key.next();
            lastId = key.getLong(1);
          }
          previous = hash;
        }
      }
      try (PreparedStatement head =
          connection.prepareStatement(
              "UPDATE audit_chain SET last_entry_id = ?, last_hash = ? WHERE id = 1")) {
        head.setLong(1, lastId);
        head.setString(2, previous);
        head.executeUpdate();
      }
      entries.clear();
    } catch (SQLException e) {
      // Rolls the whole transaction back: a change is never stored without its audit entry.
      throw new IllegalStateException("Could not write the audit log", e);
    }
  }

  /** What the database session itself says (a pooled handle may not tell the truth about it). */
  private static boolean serverAutocommits(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("SELECT @@autocommit")) {
      row.next();
      return row.getInt(1) == 1;
    }
  }

  private static String lockHead(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet head =
            statement.executeQuery("SELECT last_hash FROM audit_chain WHERE id = 1 FOR UPDATE")) {
      if (!head.next()) {
        throw new SQLException("The audit chain's head row is missing (migration V024)");
      }
      return head.getString(1);
    }
  }
}
