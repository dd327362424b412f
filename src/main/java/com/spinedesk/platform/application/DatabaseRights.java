package com.spinedesk.platform.application;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the application's database account may do, granted table by table by the schema owner at
 * every start (so a table a new migration adds is covered at once): read and write the rows of its
 * tables, only add to and read the audit log, and nothing on the schema itself. Someone who takes
 * over the application can then neither rewrite history nor drop the triggers that guard it.
 */
final class DatabaseRights {
  /** The rights on every table not named below. */
  static final String ROWS = "SELECT, INSERT, UPDATE, DELETE";

  /**
   * Tables with narrower rights: the audit log is only added to and read, the head of its hash
   * chain only moved on, and Flyway's history belongs to the schema owner alone.
   */
  static final Map<String, String> NARROWER =
      Map.of(
          "audit_entry", "SELECT, INSERT",
          "audit_chain", "SELECT, UPDATE",
          "flyway_schema_history", "");

  private DatabaseRights() {}

  /** The account a connection is signed in as, quoted for GRANT: {@code 'user'@'host'}. */
  static String currentAccount(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("SELECT CURRENT_USER()")) {
      row.next();
      String account = row.getString(1);
      int at = account.lastIndexOf('@');
      return quote(account.substring(0, at)) + "@" + quote(account.substring(at + 1));
    }
  }

  /** Grants {@code account} its rights on every table of the owner connection's schema. */
  static void grant(Connection owner, String account) throws SQLException {
    try (Statement statement = owner.createStatement()) {
      for (String table : tables(owner)) {
        String rights = NARROWER.getOrDefault(table, ROWS);
        if (rights.isEmpty()) {
          continue;
        }
        statement.execute(
            "GRANT " + rights + " ON `" + table.replace("`", "``") + "` TO " + account);
      }
    }
  }

  private static List<String> tables(Connection connection) throws SQLException {
    List<String> names = new ArrayList<>();
    try (PreparedStatement query =
            connection.prepareStatement(
                "SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'");
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        names.add(rows.getString(1));
      }
    }
    return names;
  }

  private static String quote(String part) {
    return "'" + part.replace("\\", "\\\\").replace("'", "''") + "'";
  }
}
