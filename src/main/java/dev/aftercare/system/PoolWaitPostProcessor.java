package dev.aftercare.system;

import java.time.Duration;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Puts every Hikari pool, the embedded database's and a server's, behind a
 * {@link PoolWait}: the pool's own connection timeout becomes one short turn, and the
 * configured one (30 s unless set) the longest wait for a busy pool.
 */
@Component
class PoolWaitPostProcessor implements BeanPostProcessor {

	/** Also the longest a connection attempt may take, which Hikari derives from it. */
	static final Duration TURN = Duration.ofSeconds(5);

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (!(bean instanceof HikariDataSource pool)) {
			return bean;
		}
		Duration busyWait = Duration.ofMillis(pool.getConnectionTimeout());
		if (busyWait.compareTo(TURN) > 0) {
			pool.setConnectionTimeout(TURN.toMillis());
		}
		return new PoolWait(pool, busyWait);
	}

}
