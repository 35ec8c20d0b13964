import { tech, type Tech } from '../types.js';

/** Server-side frameworks, API styles and data-access tooling. */
export const FRAMEWORKS: Tech[] = [
  tech('spring', 'Spring', 'framework', ['spring-boot', 'springboot']),
  tech('django', 'Django', 'framework'),
  tech('flask', 'Flask', 'framework'),
  tech('fastapi', 'FastAPI', 'framework'),
  tech('express', 'Express', 'framework', ['expressjs', 'express.js']),
  tech('rails', 'Ruby on Rails', 'framework', ['ruby-on-rails', 'rubyonrails', 'ror']),
  tech('graphql', 'GraphQL', 'framework', ['gql']),
  tech('nestjs', 'NestJS', 'framework', ['nest', 'nest.js']),
  tech('laravel', 'Laravel', 'framework'),
  tech('symfony', 'Symfony', 'framework'),
  tech('quarkus', 'Quarkus', 'framework'),
  tech('fastify', 'Fastify', 'framework'),
  tech('hono', 'Hono', 'framework'),
  tech('koa', 'Koa', 'framework', ['koajs']),
  tech('ktor', 'Ktor', 'framework'),
  tech('trpc', 'tRPC', 'framework'),
  tech('grpc', 'gRPC', 'framework', ['protobuf', 'protocol-buffers'], { icon: 'api', color: '#244C5A' }),
  tech('strapi', 'Strapi', 'framework', ['headless-cms']),
  tech('apollo', 'Apollo GraphQL', 'framework', ['apollo-server', 'apollo-graphql', 'apollographql']),
  tech('hasura', 'Hasura', 'framework'),
  tech('prisma', 'Prisma', 'framework', ['orm']),
];
