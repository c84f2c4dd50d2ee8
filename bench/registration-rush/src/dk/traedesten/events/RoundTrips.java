package dk.traedesten.events;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts what a registration asks of the database, for the report's breakdown: connection checkouts (each also sets
 * the tenant scope, one statement of its own in {@code TenantAwareDataSource}), statements and commits. The app's data
 * source is wrapped as Spring hands it out; only threads that opted in are counted, so the app's background work
 * (the scheduler's polling) is left out. Counting costs an increment per call, nothing measurable beside a round trip.
 */
final class RoundTrips {

	static final AtomicLong CHECKOUTS = new AtomicLong();

	static final AtomicLong STATEMENTS = new AtomicLong();

	static final AtomicLong COMMITS = new AtomicLong();

	private static final ThreadLocal<Boolean> COUNTED = ThreadLocal.withInitial(() -> false);

	private RoundTrips() {
	}

	static void count(boolean on) {
		COUNTED.set(on);
	}

	static boolean counted() {
		return COUNTED.get();
	}

	static void reset() {
		CHECKOUTS.set(0);
		STATEMENTS.set(0);
		COMMITS.set(0);
	}

	/** Wraps the app's primary data source (the bean named {@code dataSource}). */
	static BeanPostProcessor wrapper() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				return "dataSource".equals(name) && bean instanceof DataSource source ? wrap(source) : bean;
			}
		};
	}

	static DataSource wrap(DataSource target) {
		return proxy(DataSource.class, target, (method, result) -> {
			if (method.getName().equals("getConnection")) {
				tally(CHECKOUTS);
				return proxy(Connection.class, result, RoundTrips::connection);
			}
			return result;
		});
	}

	private static Object connection(Method method, Object result) {
		switch (method.getName()) {
			case "commit", "rollback" -> tally(COMMITS);
			case "prepareStatement", "createStatement", "prepareCall" -> {
				return proxy(Statement.class, result, RoundTrips::statement);
			}
			default -> {
			}
		}
		return result;
	}

	private static Object statement(Method method, Object result) {
		if (method.getName().startsWith("execute")) {
			tally(STATEMENTS);
		}
		return result;
	}

	private static void tally(AtomicLong counter) {
		if (COUNTED.get()) {
			counter.incrementAndGet();
		}
	}

	interface After {
		Object apply(Method method, Object result);
	}

	/** A proxy of every interface the target has, so JDBC's unwrap and vendor interfaces keep working. */
	@SuppressWarnings("unchecked")
	private static <T> T proxy(Class<T> type, Object target, After after) {
		InvocationHandler handler = (self, method, args) -> {
			try {
				return after.apply(method, method.invoke(target, args));
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
		};
		return (T) Proxy.newProxyInstance(RoundTrips.class.getClassLoader(), interfacesOf(type, target), handler);
	}

	private static Class<?>[] interfacesOf(Class<?> type, Object target) {
		java.util.Set<Class<?>> all = new java.util.LinkedHashSet<>();
		all.add(type);
		for (Class<?> c = target.getClass(); c != null; c = c.getSuperclass()) {
			for (Class<?> i : c.getInterfaces()) {
				if (type.isAssignableFrom(i)) {
					all.add(i);
				}
			}
		}
		return all.toArray(Class<?>[]::new);
	}
}
