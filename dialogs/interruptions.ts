// The commands a tenant can type at any point, in English or Welsh. Only a whole message counts ("help", "cancel
// please"), so "I need help with my boiler" is an answer, not a command.
export type Interruption = 'help' | 'cancel' | 'startAgain' | 'person';

const COMMANDS: Array<[Interruption, RegExp]> = [
  ['help', /^(help|help me|what can you do|what do i do|i'?m confused|\?|cymorth|helpu|help os gwelwch yn dda)$/],
  ['cancel', /^(cancel|stop|quit|exit|nevermind|never mind|forget it|canslo|stopio)$/],
  ['startAgain', /^(start again|start over|restart|begin again|reset|start from the beginning|dechrau eto|ailddechrau|dechrau o'r dechrau)$/],
  ['person', /^(siarad|sgwrsio) (â|a|ag|gyda|efo) (pherson|pherson go iawn|rhywun|aelod o staff)$/],
  ['person', /^((i want to |can i |could i |let me |i need to |please let me )?(talk|speak|chat) (to|with) (a |an )?(person|human|someone|somebody|agent|advisor|adviser|member of staff|real person)|human|agent|person|operator|call me)$/],
];

export function interruptionIn(text: string | undefined): Interruption | undefined {
  const command = (text ?? '')
    .toLowerCase()
    .replace(/[’]/g, "'")
    .replace(/\b(please|pls|thanks|thank you)\b/g, '')
    .replace(/[.!,]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return COMMANDS.find(([, pattern]) => pattern.test(command))?.[0];
}
