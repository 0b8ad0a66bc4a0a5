import { Injectable } from '@nestjs/common';
import { MailService, type SendOptions } from '../../infrastructure/mail/mail.service';
import type { EmailContent } from '../../infrastructure/mail/render-email';

/**
 * Every email the accounts feature sends, in plain sentences, queued for delivery. A message that
 * could not even be queued is logged and swallowed: the person can ask for the link again, and the
 * answer must not differ between registered and unregistered addresses.
 */
@Injectable()
export class AccountMailService {
  constructor(private readonly mail: MailService) {}

  private link(path: string, token?: string): string {
    return this.mail.link(`${path}${token ? `?token=${encodeURIComponent(token)}` : ''}`);
  }

  verifyEmail(to: string, name: string, token: string) {
    return this.send(to, 'verify-email', 'Confirm your email address for Commonroom', {
      greeting: `Hello ${name},`,
      paragraphs: [
        'Thank you for joining Commonroom. Please confirm that this is your email address. The link works once and expires in 24 hours.',
      ],
      action: { label: 'Confirm my email address', url: this.link('/verify-email', token) },
      footer: 'If you did not create a Commonroom account, you can ignore this email.',
    });
  }

  alreadyRegistered(to: string, name: string) {
    return this.send(to, 'already-registered', 'Someone tried to create a Commonroom account with your email', {
      greeting: `Hello ${name},`,
      paragraphs: [
        'Someone, probably you, tried to create a new Commonroom account with this email address. You already have an account, so nothing was changed.',
        'If you have forgotten your password, you can set a new one.',
      ],
      action: { label: 'Reset my password', url: this.link('/forgot-password') },
      footer: 'If this was not you, you can ignore this email. Your account is safe.',
    });
  }

  resetPassword(to: string, name: string, token: string) {
    return this.send(to, 'reset-password', 'Set a new Commonroom password', {
      greeting: `Hello ${name},`,
      paragraphs: [
        'We received a request to set a new password for your Commonroom account. The link works once and expires in one hour.',
      ],
      action: { label: 'Set a new password', url: this.link('/reset-password', token) },
      footer: 'If you did not ask for this, you can ignore this email. Your password has not changed.',
    });
  }

  confirmNewEmail(to: string, name: string, token: string) {
    return this.send(to, 'confirm-new-email', 'Confirm your new email address for Commonroom', {
      greeting: `Hello ${name},`,
      paragraphs: [
        'Please confirm that you want to use this address for your Commonroom account. The link works once and expires in 24 hours.',
      ],
      action: { label: 'Confirm my new email address', url: this.link('/confirm-email', token) },
    });
  }

  emailChangeRequested(to: string, name: string) {
    return this.send(to, 'email-change-notice', 'Your Commonroom email address is being changed', {
      greeting: `Hello ${name},`,
      paragraphs: [
        'Someone signed in to your Commonroom account asked to change its email address. It will change once the new address is confirmed.',
        'If this was not you, set a new password now and sign out your other devices from your security settings.',
      ],
      action: { label: 'Set a new password', url: this.link('/forgot-password') },
    });
  }

  emailChanged(to: string, name: string) {
    return this.send(to, 'email-changed-notice', 'Your Commonroom email address has changed', {
      greeting: `Hello ${name},`,
      paragraphs: [
        'The email address of your Commonroom account has been changed, and this address will no longer receive messages about it.',
        'If this was not you, contact your Commonroom administrator straight away.',
      ],
    });
  }

  /** With `manager`, queued with the change itself: the notice goes out exactly when the password changed. */
  passwordChanged(to: string, name: string, options: SendOptions = {}) {
    return this.send(
      to,
      'password-changed-notice',
      'Your Commonroom password has changed',
      {
        greeting: `Hello ${name},`,
        paragraphs: [
          'The password of your Commonroom account has just been changed, and your other devices have been signed out.',
          'If this was not you, set a new password now.',
        ],
        action: { label: 'Set a new password', url: this.link('/forgot-password') },
      },
      options,
    );
  }

  private async send(
    to: string,
    category: string,
    subject: string,
    content: EmailContent,
    options: SendOptions = {},
  ): Promise<void> {
    await this.mail.sendNotice(to, category, subject, content, options);
  }
}
