/** A teacher's own pack of twenty true/false checks, as the packs store holds it: too large for one readable QR code. */
const CLAIMS = [
  'The summit took place in Anchorage, Alaska.',
  'The talks lasted about two and a half hours.',
  'No joint statement was signed after the meeting.',
  'Both leaders held a press conference afterwards.',
  'Reporters were allowed to ask questions at the end.'
];

export function twentyChecksRecord() {
  return {
    id: 'own-twenty',
    origin: 'authored',
    updatedAt: Date.now(),
    pack: {
      format: 'sourcewise-pack',
      version: 1,
      id: 'own-twenty',
      title: 'Twenty checks',
      description: '',
      language: 'en',
      sources: [],
      questions: Array.from({ length: 20 }, (_, i) => ({
        id: `own-${i + 1}`,
        type: 'true-false',
        prompt: `${i + 1}. ${CLAIMS[i % CLAIMS.length]}`,
        explanation: '',
        skill: 'general',
        answer: i % 3 !== 0
      }))
    }
  };
}
