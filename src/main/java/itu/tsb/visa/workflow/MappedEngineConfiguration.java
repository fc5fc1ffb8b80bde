package itu.tsb.visa.workflow;

import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.ExecutorType;
import org.apache.ibatis.session.defaults.DefaultSqlSessionFactory;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;

/**
 * The starter's engine configuration, taking the SQL mappings read ahead ({@link EngineMappings}) when
 * they were read for the database the engine found, and reading them itself otherwise.
 */
class MappedEngineConfiguration extends SpringProcessEngineConfiguration {

    private boolean readAhead;

    /** Whether the engine took the mappings read ahead (it read them itself otherwise). */
    boolean mappingsReadAhead() {
        return readAhead;
    }

    @Override
    protected void initSqlSessionFactory() {
        if (sqlSessionFactory == null && !isUseSharedSqlSessionFactory) {
            EngineMappings.take(databaseType, databaseTablePrefix).ifPresent(this::use);
        }
        super.initSqlSessionFactory();
    }

    /** What the engine does with the mappings once read (the rest of {@code initSqlSessionFactory}). */
    private void use(Configuration mappings) {
        mappings.setEnvironment(new Environment("default", transactionFactory, dataSource));
        mappings.setDefaultStatementTimeout(jdbcStatementTimeout);
        if (isJdbcBatchProcessing()) {
            mappings.setDefaultExecutorType(ExecutorType.BATCH);
        }
        sqlSessionFactory = new DefaultSqlSessionFactory(mappings);
        readAhead = true;
    }
}
