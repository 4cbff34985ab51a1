// Verifies one delivery with the Standard Webhooks reference library (the receiver's side), as of
// a chosen time. Argument: JSON {secret, headers, body (base64), now (epoch seconds)}. Prints
// "verified <payload id>" and exits 0, or prints the library's refusal and exits 1.
const { Webhook } = require("standardwebhooks");

const input = JSON.parse(process.argv[2]);
Date.now = () => input.now * 1000;
try {
  const payload = new Webhook(input.secret).verify(Buffer.from(input.body, "base64"), input.headers);
  console.log(`verified ${payload.id}`);
} catch (e) {
  console.log(`refused: ${e.message}`);
  process.exit(1);
}
