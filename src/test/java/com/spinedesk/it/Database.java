package com.spinedesk.it;

import com.spinedesk.audit.domain.AuditAction;
import com.spinedesk.audit.domain.AuditCheck;
import com.spinedesk.audit.domain.AuditEntry;
import com.spinedesk.audit.domain.ChainWalk;
import com.spinedesk.devserver.EmbeddedDatabase;
import com.spinedesk.devserver.TestDatabaseSession;
import com.spinedesk.testsupport.Sql;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.List;

/**
 * The test database read from outside the server, for tests that drive SpineDesk through HTTP and
 * then check what was really stored. Connects as the schema owner, which may read every table.
 */
public final class Database {

  private Database() {}

  public static Connection connect() throws SQLException {
    EmbeddedDatabase db = TestDatabaseSession.database();
    return DriverManager.getConnection(
        db.jdbcUrl(), EmbeddedDatabase.OWNER, EmbeddedDatabase.OWNER_PASSWORD);
  }

  /** The first column of every row, as strings. */
  public static List<String> column(String query, Object... parameters) throws SQLException {
    try (Connection connection = connect()) {
      return Sql.column(connection, query, parameters);
    }
  }

  public static long count(String query, Object... parameters) throws SQLException {
    return Long.parseLong(column(query, parameters).get(0));
  }

  /**
   * Walks the audit log's hash chain as stored, the way the administrator's "verify" does: entries
   * and head read in one transaction, one snapshot, since other tests write to the log meanwhile.
   */
  public static AuditCheck auditChain() throws SQLException {
    ChainWalk walk = new ChainWalk();
    try (Connection connection = connect();
        Statement statement = connection.createStatement()) {
      connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      connection.setAutoCommit(false);
      try (ResultSet rows =
          statement.executeQuery(
              "select id, occurred_at, actor, action, record_type, record_id, patient_id,"
                  + " patient_mrn, detail, entry_hash from audit_entry order by id")) {
        while (rows.next()) {
          Timestamp at = rows.getTimestamp(2);
          long patientId = rows.getLong(7);
          Long patient = rows.wasNull() ? null : patientId;
          AuditEntry entry =
              AuditEntry.stored(
                  rows.getLong(1),
                  at.toInstant(),
                  rows.getString(3),
                  AuditAction.valueOf(rows.getString(4)),
                  rows.getString(5),
                  rows.getString(6),
                  patient,
                  rows.getString(8),
                  rows.getString(9),
                  rows.getString(10));
          if (!walk.accept(entry)) {
            return walk.end(null, null);
          }
        }
      }
      try (ResultSet head =
          statement.executeQuery("select last_entry_id, last_hash from audit_chain where id = 1")) {
        head.next();
        long last = head.getLong(1);
        return walk.end(head.wasNull() ? null : last, head.getString(2));
      }
    }
  }

  public static int update(String statementText, Object... parameters) throws SQLException {
    try (Connection connection = connect()) {
      return Sql.update(connection, statementText, parameters);
    }
  }
}
