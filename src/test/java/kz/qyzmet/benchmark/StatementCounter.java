package kz.qyzmet.benchmark;

import java.io.Closeable;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.LongAdder;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the SQL statements the application sends (by verb), the JDBC batches and the commits, by
 * wrapping the application's {@link DataSource} bean in a thin proxy: the engine's, the
 * application's and Flyway's statements all pass through it. Costs a few reflective calls per
 * statement, the same for every model measured, against the database round trip it counts.
 */
final class StatementCounter {

  /** A snapshot of the counters; subtract two to get what happened between them. */
  record Counts(long selects, long inserts, long updates, long deletes, long other, long batches, long commits) {
    Counts minus(Counts o) {
      return new Counts(selects - o.selects, inserts - o.inserts, updates - o.updates, deletes - o.deletes,
          other - o.other, batches - o.batches, commits - o.commits);
    }

    long statements() {
      return selects + inserts + updates + deletes + other;
    }

    String perUnit(double units) {
      return String.format(Locale.ROOT, "%.1f statements (%.1f select, %.1f insert, %.1f update, %.1f delete), "
              + "%.1f commits", statements() / units, selects / units, inserts / units, updates / units,
          deletes / units, commits / units);
    }
  }

  private static final LongAdder SELECTS = new LongAdder();
  private static final LongAdder INSERTS = new LongAdder();
  private static final LongAdder UPDATES = new LongAdder();
  private static final LongAdder DELETES = new LongAdder();
  private static final LongAdder OTHER = new LongAdder();
  private static final LongAdder BATCHES = new LongAdder();
  private static final LongAdder COMMITS = new LongAdder();

  /** When on, every statement's text is counted too ({@link #traced}), for the detailed log. */
  private static volatile boolean tracing;
  private static final java.util.Map<String, LongAdder> TRACED = new java.util.concurrent.ConcurrentHashMap<>();

  private StatementCounter() {}

  /** Starts counting statements by their text (whitespace collapsed), forgetting what was counted before. */
  static void trace(boolean on) {
    TRACED.clear();
    tracing = on;
  }

  /** The statements counted since {@link #trace}, most frequent first. */
  static java.util.List<java.util.Map.Entry<String, Long>> traced() {
    return TRACED.entrySet().stream().map(e -> java.util.Map.entry(e.getKey(), e.getValue().sum()))
        .sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed()).toList();
  }

  static Counts now() {
    return new Counts(SELECTS.sum(), INSERTS.sum(), UPDATES.sum(), DELETES.sum(), OTHER.sum(), BATCHES.sum(),
        COMMITS.sum());
  }

  /** Wraps the application's data source when the context creates it. */
  static BeanPostProcessor postProcessor() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !Proxy.isProxyClass(bean.getClass())) {
          return wrap(dataSource);
        }
        return bean;
      }
    };
  }

  static DataSource wrap(DataSource target) {
    return (DataSource) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(),
        new Class<?>[] {DataSource.class, Closeable.class}, (proxy, method, args) -> {
          if (method.getName().equals("close") && (args == null || args.length == 0)) {
            if (target instanceof AutoCloseable closeable) {
              closeable.close();
            }
            return null;
          }
          Object result = invoke(target, method, args);
          return result instanceof Connection connection ? connection(connection) : result;
        });
  }

  private static Connection connection(Connection target) {
    return (Connection) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(),
        new Class<?>[] {Connection.class}, (proxy, method, args) -> {
          String name = method.getName();
          if (name.equals("commit")) {
            COMMITS.increment();
          }
          Object result = invoke(target, method, args);
          if (result instanceof Statement statement) {
            String sql = args != null && args.length > 0 && args[0] instanceof String s ? s : null;
            return statement(statement, sql, method.getReturnType());
          }
          return result;
        });
  }

  private static Object statement(Statement target, String preparedSql, Class<?> type) {
    Class<?> api = CallableStatement.class.isAssignableFrom(type) ? CallableStatement.class
        : PreparedStatement.class.isAssignableFrom(type) ? PreparedStatement.class : Statement.class;
    InvocationHandler handler = (proxy, method, args) -> {
      String name = method.getName();
      if (name.equals("executeBatch") || name.equals("executeLargeBatch")) {
        BATCHES.increment();
      } else if (name.startsWith("execute") || name.equals("addBatch")) {
        String sql = args != null && args.length > 0 && args[0] instanceof String s ? s : preparedSql;
        count(sql);
      }
      return invoke(target, method, args);
    };
    return Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {api}, handler);
  }

  private static void count(String sql) {
    String verb = sql == null ? "" : firstWord(sql);
    if (tracing && sql != null) {
      String text = sql.replaceAll("\\s+", " ").trim();
      TRACED.computeIfAbsent(text.length() > 160 ? text.substring(0, 160) + "…" : text, k -> new LongAdder())
          .increment();
    }
    switch (verb) {
      case "select", "with" -> SELECTS.increment();
      case "insert" -> INSERTS.increment();
      case "update" -> UPDATES.increment();
      case "delete" -> DELETES.increment();
      default -> OTHER.increment();
    }
  }

  private static String firstWord(String sql) {
    int i = 0;
    int n = sql.length();
    while (i < n && (Character.isWhitespace(sql.charAt(i)) || sql.charAt(i) == '(')) {
      i++;
    }
    int start = i;
    while (i < n && Character.isLetter(sql.charAt(i))) {
      i++;
    }
    return sql.substring(start, i).toLowerCase(Locale.ROOT);
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
