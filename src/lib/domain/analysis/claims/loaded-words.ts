/**
 * Loaded language: words that carry the writer's feeling or verdict along with their meaning
 * ("they shriek", "a rancid feed", "bungled"). A neutral report would say "said", "posts", "handled".
 * Hand-written from general knowledge of English; space-separated so the lists stay easy to review.
 */

/** Verbs of contempt, ridicule or exaggerated feeling, in their common forms. */
export const LOADED_VERBS = `shriek shrieks shrieked shrieking scream screams rant rants ranted rave raves whine whines whined
  whining wail wails wailed moan moans moaned bemoan bemoans bemoaned lament laments fret frets fretted gloat gloats
  gloated sneer sneers sneered smear smears smeared mock mocks mocked ridicule ridicules ridiculed deride derides
  derided scoff scoffs scoffed pander panders pandered pandering grovel grovels groveling grovelling kowtow kowtows
  cower cowers dither dithers dithered flounder flounders floundered floundering bungle bungles bungled botch botches
  botched squandered squandering plunder plunders plundered loot loots ravage ravages wreck wrecks wrecked sabotage
  sabotages sabotaged hijack hijacks hijacked weaponize weaponizes weaponized weaponise weaponised demonize demonizes
  demonized demonise demonised vilify vilifies vilified scapegoat scapegoats scapegoated gaslight gaslighting brainwash
  brainwashed indoctrinate indoctrinated peddle peddles peddled peddling spew spews spewed spewing parrot parrots
  parroted regurgitate regurgitates obsess obsesses obsessing crave craves worship worships idolize idolizes glorify
  glorifies glorified romanticize romanticizes whitewash whitewashes whitewashed sugarcoat sugarcoats tout touts
  touted exaggerate exaggerates exaggerated distort distorts distorted deceive deceives deceived dupe duped swindle
  swindled mislead misleads misleading smother smothers stifle stifles stifled trample tramples trampled bully bullies
  bullied terrorize terrorizes prey preys wallow wallows wallowing revel revels clings clinging meddle meddles
  meddling snub snubs snubbed shun shuns spurn spurns spurned flout flouts flouted mugged hoodwink hoodwinked
  grandstand grandstanding preen preening sermonize moralize moralizing
  virtue-signal bleat bleats bleating howl howls howled squeal squeals squealed caterwaul wring wrings seduced
  sleepwalk sleepwalking sleepwalked cosy cozy bamboozle bamboozled trumpets trumpeted cheerlead cheerleading`;

/** Adjectives and adverbs of verdict, contempt or praise. */
export const LOADED_MODIFIERS = `righteous self-righteous sanctimonious pious condescending patronizing patronising pompous
  snobbish callow gullible credulous complacent complicit craven cowardly gutless weak-kneed bumbling dimwitted dumb
  moronic lunatic deranged paranoid zealous militant rabid vicious venomous poisonous rancid rotten putrid foul filthy
  sleazy seedy shady crooked venal grasping avaricious predatory parasitic bloated wasteful lavish extravagant
  profligate deceptive deceitful duplicitous treacherous devious sly manipulative insidious pernicious deleterious
  noxious malign malignant baleful dreary tedious tiresome banal trite hackneyed clichéd stale vapid inane asinine
  fatuous facile glib half-baked ill-conceived wrongheaded muddled contradictory two-faced opportunistic self-serving
  biased one-sided slanted risible outlandish far-fetched fanciful quixotic glorious stellar terrific fabulous
  phenomenal exceptional impeccable flawless exemplary visionary ingenious uplifting heartwarming poignant insightful
  thoughtful shrewd savvy astute prudent judicious principled honorable honourable upright virtuous worthy deserving
  resolute steadfast stalwart tireless fearless formidable vibrant thriving quintessential apoplectic horrific
  horrendous horrifying terrifying frightening scary sickening nauseating infuriating maddening galling irritating
  insulting hateful spiteful vindictive petty mean-spirited heartless callous cold-hearted ruthless
  unscrupulous shameless brazen flagrant grotesque bombastic grandiose pretentious overwrought overheated alarmist
  fearmongering doom-laden hyperbolic sensationalist lurid tawdry shoddy slapdash sloppy lazy lax careless
  thoughtless mindless senseless witless hopelessly shamelessly brazenly flagrantly conveniently suspiciously oddly
  strangely bizarrely absurdly ridiculously needlessly recklessly cynically callously cruelly viciously wisely foolishly
  stupidly naively brilliantly beautifully wonderfully consciously deliberately uniquely truthful untruthful
  deceptively pitifully miserably spectacularly hugely insanely dangerously alarmingly worryingly depressingly
  frustratingly disturbingly distressingly embarrassingly laughably pathetically sorely bitterly fiercely
  unseemly unsavory unsavoury distasteful tasteless vulgar crass crude boorish uncouth cosy cozy`;

/** Nouns that judge what they name. */
export const LOADED_NOUNS = `hatred bigotry fanaticism zealotry cronyism nepotism graft greed hubris idiocy lunacy hogwash
  baloney twaddle tripe racket grift grifter grifters crony cronies stooge stooges puppet puppets lackey lackeys hack
  hacks shill shills apologist apologists zealot zealots bigot bigots thuggery despot despots strongman charlatan
  charlatans quack quacks crook crooks huckster hypocrite hypocrites coward cowards fool fools idiot idiots moron
  morons clown clowns buffoon buffoons crackpot crackpots snowflake snowflakes busybody busybodies evil evils sin
  sinful blessing curse scourge menace outrage abomination mayhem havoc quagmire morass boondoggle handouts freebies
  giveaway gravy nonsense silliness absurdity absurdities stupidity hypocrisies gall audacity chutzpah cant drivel
  bluster bravado posturing pettiness spite vanity conceit smugness complacency naivety naivete incompetence
  ineptitude cowardice treachery betrayal duplicity deceit deception demagoguery propagandist propagandists
  indoctrination brainwashing groupthink orthodoxy heresy heretic heretics dogma witch-hunt bogeyman boogeyman
  spectacle charade pantomime`;
