import { tech, type Tech } from '../types.js';

/** Data processing, warehouses, BI and machine learning. */
export const ANALYTICS: Tech[] = [
  tech('airflow', 'Airflow', 'analytics', ['apache-airflow']),
  tech('spark', 'Spark', 'analytics', ['apache-spark', 'pyspark']),
  tech('flink', 'Flink', 'analytics', ['apache-flink'], { icon: 'etl', color: '#E6526F' }),
  tech('hadoop', 'Hadoop', 'analytics', ['apache-hadoop', 'hdfs'], { icon: 'data-lake', color: '#66CCFF' }),
  tech('trino', 'Trino', 'analytics'),
  tech('presto', 'Presto', 'analytics', ['prestodb']),
  tech('druid', 'Druid', 'database', ['apache-druid']),
  tech('databricks', 'Databricks', 'analytics', ['delta-lake']),
  tech('dbt', 'dbt', 'analytics', ['data-build-tool'], { icon: 'etl', color: '#FF694B' }),
  tech('airbyte', 'Airbyte', 'analytics'),
  tech('superset', 'Superset', 'analytics', ['apache-superset']),
  tech('metabase', 'Metabase', 'analytics'),
  tech('pytorch', 'PyTorch', 'ml', ['torch']),
  tech('tensorflow', 'TensorFlow', 'ml', ['tf-serving', 'keras']),
  tech('huggingface', 'Hugging Face', 'ml', ['hugging-face', 'hf', 'transformers']),
  tech('openai', 'OpenAI', 'ml', ['gpt', 'chatgpt'], { icon: 'ai', color: '#412991' }),
  tech('anthropic', 'Anthropic', 'ml', ['claude']),
  tech('langchain', 'LangChain', 'ml'),
  tech('ollama', 'Ollama', 'ml', [], { icon: 'ml-model' }),
  tech('mlflow', 'MLflow', 'ml'),
  tech('jupyter', 'Jupyter', 'ml', ['jupyterhub', 'notebook']),
  tech('ray', 'Ray', 'ml', ['anyscale']),
  tech('kubeflow', 'Kubeflow', 'ml', [], { icon: 'ml-model', color: '#4279F4' }),
];
