import { tech, type Tech } from '../types.js';

/** Message brokers, event streams, job runners and workflow engines. */
export const MESSAGING: Tech[] = [
  tech('kafka', 'Kafka', 'queue', ['apache-kafka', 'apachekafka']),
  tech('rabbitmq', 'RabbitMQ', 'queue', ['rabbit', 'amqp']),
  tech('pulsar', 'Pulsar', 'queue', ['apache-pulsar']),
  tech('nats', 'NATS', 'queue', ['nats-io', 'jetstream']),
  tech('rocketmq', 'RocketMQ', 'queue', ['apache-rocketmq']),
  tech('activemq', 'ActiveMQ', 'queue', ['apache-activemq', 'artemis'], { icon: 'queue' }),
  tech('redpanda', 'Redpanda', 'queue', [], { icon: 'topic', color: '#E2403D' }),
  tech('mosquitto', 'Mosquitto', 'queue', ['eclipse-mosquitto', 'mqtt-broker']),
  tech('mqtt', 'MQTT', 'queue'),
  tech('celery', 'Celery', 'queue'),
  tech('sidekiq', 'Sidekiq', 'queue'),
  tech('temporal', 'Temporal', 'compute', ['temporal-io']),
  tech('node-red', 'Node-RED', 'compute', ['nodered']),
];
