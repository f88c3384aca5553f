// The glossary of result words (当选, 未当选, 未过半数, 另行票决, 空缺, 无效, the rank), one meaning each,
// shared with the server's CSV sheet: the words live in the ballot engine's pure domain
// (result-words.ts) and every page writes a result with these keys. See docs/domain.md.
import { RESULT_WORDS } from '@contract/domain';

export const resultMessages = RESULT_WORDS;
