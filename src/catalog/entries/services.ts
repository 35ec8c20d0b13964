import { tech, type Tech } from '../types.js';

/** Third-party services a system sends messages or payments through. */
export const SERVICES: Tech[] = [
  tech('stripe', 'Stripe', 'generic'),
  tech('paypal', 'PayPal', 'generic'),
  tech('mailgun', 'Mailgun', 'communication'),
  tech('sendgrid', 'SendGrid', 'communication', [], { icon: 'email', color: '#1A82E2' }),
  tech('twilio', 'Twilio', 'communication', [], { icon: 'sms', color: '#F22F46' }),
  tech('slack', 'Slack', 'communication', [], { icon: 'chat', color: '#4A154B' }),
  tech('discord', 'Discord', 'communication'),
  tech('telegram', 'Telegram', 'communication'),
  tech('whatsapp', 'WhatsApp', 'communication'),
];
