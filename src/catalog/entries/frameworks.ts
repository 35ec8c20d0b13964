import { tech, type Tech } from '../types.js';

/** Server-side frameworks and API styles. */
export const FRAMEWORKS: Tech[] = [
  tech('spring', 'Spring', 'framework', ['spring-boot', 'springboot']),
  tech('django', 'Django', 'framework'),
  tech('flask', 'Flask', 'framework'),
  tech('fastapi', 'FastAPI', 'framework'),
  tech('express', 'Express', 'framework', ['expressjs', 'express.js']),
  tech('rails', 'Ruby on Rails', 'framework', ['ruby-on-rails', 'rubyonrails', 'ror']),
  tech('graphql', 'GraphQL', 'framework', ['gql']),
];
