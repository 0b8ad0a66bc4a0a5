// A real SMTP server for the browser journeys: the app sends every email to it over SMTP (as
// in production), and the journeys read what arrived through a small HTTP API on the next port.
//   node support/smtp-sink.mjs <smtpPort> <httpPort>
//   GET /messages  → [{ to, subject, text, html, headers }]   (headers: lower-case names)
//   GET /healthz   → 200 once both listeners are up
import { createServer } from 'node:http';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

const [smtpPort, httpPort] = process.argv.slice(2).map(Number);
if (!smtpPort || !httpPort) {
  process.stderr.write('Usage: node support/smtp-sink.mjs <smtpPort> <httpPort>\n');
  process.exit(64);
}

/** Newest last. Kept in memory for the length of one browser run. */
const messages = [];

const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  onData(stream, session, callback) {
    simpleParser(stream)
      .then((mail) => {
        messages.push({
          to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
          subject: mail.subject ?? '',
          text: mail.text ?? '',
          html: typeof mail.html === 'string' ? mail.html : '',
          headers: Object.fromEntries(mail.headerLines.map((h) => [h.key, h.line.slice(h.key.length + 1).trim()])),
        });
        callback();
      })
      .catch((err) => callback(err));
  },
});

const http = createServer((req, res) => {
  if (req.url === '/healthz') return void res.end('ok');
  if (req.url === '/messages') {
    res.setHeader('content-type', 'application/json');
    return void res.end(JSON.stringify(messages));
  }
  res.statusCode = 404;
  res.end();
});

smtp.listen(smtpPort, '127.0.0.1', () => http.listen(httpPort, '127.0.0.1'));
const stop = () => {
  http.close();
  smtp.close(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
