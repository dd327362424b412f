package com.spinedesk.testsupport;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/** Reads the database directly, past JPA, to check what was really stored. */
public final class Sql {

  private Sql() {}

  public static DataSource dataSource() {
    try {
      return (DataSource) new InitialContext().lookup("java:app/jdbc/spinedesk");
    } catch (NamingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The first column of every row, as strings. */
  public static List<String> column(String query, Object... parameters) throws SQLException {
    try (Connection connection = dataSource().getConnection()) {
      return column(connection, query, parameters);
    }
  }

  /** The same on a connection of the caller's (the tests outside the server connect as owner). */
  public static List<String> column(Connection connection, String query, Object... parameters)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(query)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      List<String> values = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          values.add(rows.getString(1));
        }
      }
      return values;
    }
  }

  public static long count(String query, Object... parameters) throws SQLException {
    return Long.parseLong(column(query, parameters).get(0));
  }

  public static int update(String statementText, Object... parameters) throws SQLException {
    try (Connection connection = dataSource().getConnection()) {
      return update(connection, statementText, parameters);
    }
  }

  /** The same on a connection of the caller's. */
  public static int update(Connection connection, String statementText, Object... parameters)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(statementText)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      return statement.executeUpdate();
    }
  }
}
