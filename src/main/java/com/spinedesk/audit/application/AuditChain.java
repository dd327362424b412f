package com.spinedesk.audit.application;

import com.spinedesk.audit.domain.AuditEntry;
import com.spinedesk.audit.domain.AuditHash;
import com.spinedesk.platform.application.SchemaMigration;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
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
import javax.sql.DataSource;

/**
 * Writes a transaction's audit entries at the end of that transaction, chained by hash to the entry
 * committed before them ({@link AuditHash}).
 *
 * <p>Why at the end: the chain needs one order for all entries, so writing them takes the lock on
 * the chain's head row until commit. Taken last, after the transaction's own changes are flushed,
 * that lock is held for the moment of commit only, and no transaction holding it ever waits for
 * another lock, so busy hours neither queue behind it nor deadlock on it. The entries still commit
 * or roll back with the change they describe: they are written on the transaction's own connection
 * just before it commits.
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

  @Resource(lookup = SchemaMigration.DATA_SOURCE)
  private DataSource dataSource;

  /** Adds an entry to the current transaction's; it is written when the transaction commits. */
  void append(AuditEntry entry) {
    @SuppressWarnings("unchecked")
    List<AuditEntry> pending = (List<AuditEntry>) transactions.getResource(PENDING);
    if (pending == null) {
      List<AuditEntry> entries = new ArrayList<>();
      transactions.putResource(PENDING, entries);
      transactions.registerInterposedSynchronization(
          new Synchronization() {
            @Override
            public void beforeCompletion() {
              if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
                write(entries);
              }
            }

            @Override
            public void afterCompletion(int status) {
              // Nothing to undo: the entries were written in the transaction itself.
            }
          });
      pending = entries;
    }
    pending.add(entry);
  }

  private void write(List<AuditEntry> entries) {
    try (Connection connection = dataSource.getConnection()) {
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
    } catch (SQLException e) {
      // Rolls the whole transaction back: a change is never stored without its audit entry.
      throw new IllegalStateException("Could not write the audit log", e);
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
