// The field a card's button posts its choice in: dialogs/choices.ts builds the cards, the bot and
// the transcript read the choice back from it.
export const CARD_CHOICE_FIELD = 'choice';
