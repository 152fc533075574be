#!/usr/bin/env python3
"""A local SMTP sink for trying the dashboard's e-mail: accepts every message, keeps nothing but a log line
(time, sender, recipients, subject) and, with --save DIR, the raw message as DIR/<n>.eml. Development only."""
import argparse
import email
import email.policy
import os
import socketserver
import time


class Session(socketserver.StreamRequestHandler):
    def reply(self, line):
        self.wfile.write((line + "\r\n").encode("ascii"))

    def handle(self):
        self.reply("220 smtp-sink ready")
        sender, recipients = None, []
        while True:
            raw = self.rfile.readline()
            if not raw:
                return
            command = raw.decode("utf-8", "replace").strip()
            verb = command[:4].upper()
            if verb in ("EHLO", "HELO"):
                self.reply("250-smtp-sink")
                self.reply("250 8BITMIME")
            elif verb == "MAIL":
                sender, recipients = command[10:], []
                self.reply("250 OK")
            elif verb == "RCPT":
                recipients.append(command[8:])
                self.reply("250 OK")
            elif verb == "DATA":
                self.reply("354 End with <CRLF>.<CRLF>")
                lines = []
                while True:
                    line = self.rfile.readline()
                    if line in (b".\r\n", b".\n", b""):
                        break
                    lines.append(line[1:] if line.startswith(b"..") else line)
                data = b"".join(lines)
                message = email.message_from_bytes(data, policy=email.policy.default)
                self.server.count += 1
                print(f"{time.strftime('%H:%M:%S')} #{self.server.count} from {sender} to {', '.join(recipients)}: {message['subject']}", flush=True)
                if self.server.save:
                    with open(os.path.join(self.server.save, f"{self.server.count}.eml"), "wb") as f:
                        f.write(data)
                self.reply("250 OK queued")
            elif verb == "QUIT":
                self.reply("221 Bye")
                return
            else:
                self.reply("250 OK")


class Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, default=2525)
    parser.add_argument("--save", help="folder to write each message to as <n>.eml")
    args = parser.parse_args()
    with Server(("127.0.0.1", args.port), Session) as server:
        server.count, server.save = 0, args.save
        if args.save:
            os.makedirs(args.save, exist_ok=True)
        print(f"smtp-sink listening on 127.0.0.1:{args.port}", flush=True)
        server.serve_forever()
