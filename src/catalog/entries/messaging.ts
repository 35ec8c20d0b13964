import { tech, type Tech } from '../types.js';

/** Message brokers, event streams and job runners. */
export const MESSAGING: Tech[] = [
  tech('kafka', 'Kafka', 'queue', ['apache-kafka', 'apachekafka']),
  tech('rabbitmq', 'RabbitMQ', 'queue', ['rabbit', 'amqp']),
  tech('pulsar', 'Pulsar', 'queue', ['apache-pulsar']),
  tech('celery', 'Celery', 'queue'),
  tech('temporal', 'Temporal', 'queue'),
  tech('airflow', 'Airflow', 'analytics', ['apache-airflow']),
  tech('spark', 'Spark', 'analytics', ['apache-spark', 'pyspark']),
];
