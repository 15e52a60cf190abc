/**
 * Word lists for telling people from titles, organisations and places in news text. General English
 * vocabulary only: nothing here is keyed to a particular article.
 */

const words = (list: string): Set<string> => new Set(list.trim().split(/\s+/));

/** Titles and roles that precede a name ("US President Donald Trump", "Sen. Tim Kaine"); lower-case. */
export const TITLE_WORDS = words(`
  president vice prime minister chancellor premier king queen prince princess pope emperor sultan sheikh
  mr mrs ms miss dr prof sir dame lord lady mister madam
  sen senator rep representative gov governor lt gen general col colonel maj major capt captain adm admiral
  sgt sergeant cmdr commander cpl lieut marshal
  secretary speaker leader chairman chairwoman chair chairperson director chief head spokesman spokeswoman
  spokesperson ambassador envoy judge justice attorney mayor councilman councilwoman commissioner
  sheriff officer inspector superintendent treasurer comptroller deputy assistant associate executive
  founder ceo cfo coo cto chancellor rev reverend father bishop archbishop cardinal rabbi imam
  host anchor correspondent reporter editor columnist analyst commentator author professor lawyer
  member lawmaker congressman congresswoman candidate nominee delegate adviser advisor aide strategist
  pollster manager coach first former acting interim late then-president then-vice chief-of-staff
  bureau correspondent minority majority whip house senate foreign defense defence state interior
  justice homeland trade finance economic national security press communications campaign
  gop democratic republican democrat independent liberal conservative tory labour mp mep msp official
  dw's
`);

/** Nationality and regional adjectives that precede a title ("Russian President ..."). */
export const NATIONALITY_WORDS = words(`
  american us u.s. usa british uk u.k. english scottish welsh irish french german italian spanish
  portuguese dutch belgian swiss austrian swedish norwegian danish finnish polish czech slovak hungarian
  romanian bulgarian greek turkish russian ukrainian belarusian georgian armenian estonian latvian
  lithuanian chinese japanese korean north south indian pakistani afghan iranian iraqi syrian israeli
  palestinian saudi egyptian libyan lebanese jordanian qatari emirati yemeni mexican canadian brazilian
  argentine argentinian chilean colombian venezuelan cuban australian african nigerian kenyan european
  western eastern asian arab federal
`);

/** Words that make a capitalised run an organisation rather than a person. */
export const ORG_WORDS = words(`
  house news times post journal tribune herald telegraph guardian gazette daily weekly magazine press
  agency party committee department ministry office council commission court senate congress parliament
  campaign foundation institute university college school center centre association union bank fund
  network channel kremlin pentagon government administration police army navy force forces organization
  organisation corporation company inc ltd llc group club league federation bureau service services
  reuters bloomberg associated cnn nbc abc cbs fox msnbc bbc npr pbs afp ap dpa tass ria interfax
  conference summit society coalition alliance network board authority assembly caucus cabinet command county city state
  states nations republic kingdom federation airlines motors media
  politifact wikileaks twitter facebook google apple microsoft amazon x
`);

/** Capitalised words that begin sentences or headlines but never names. */
export const NON_NAME_WORDS = words(`
  the a an and but or nor so yet for of in on at to by with from as if when while after before since
  because although though however meanwhile moreover furthermore also still then there here this that
  these those it its he she they we i you his her their our my your who what which where why how
  in on today yesterday tomorrow monday tuesday wednesday thursday friday saturday sunday january
  february march april may june july august september october november december
  not no yes all some many most more much few several every each both either neither one two three
  just only even now soon later earlier instead despite during until unless whether about above below
  asked according like unlike than over under again once breaking update updated published watch read
  listen share related photo video image credit source opinion analysis editorial
  god mr. mrs. ms. dr.
`);

/** Plural and collective nouns that open sentences as subjects but never name anyone. */
export const COMMON_NOUNS = words(`
  reporters officials critics analysts observers experts protesters lawmakers sources aides advisers
  advisors supporters opponents voters residents witnesses diplomats leaders people officers police
  investigators prosecutors researchers scientists economists democrats republicans conservatives
  liberals journalists commentators insiders allies rivals americans ukrainians russians europeans
`);

/** Places that would otherwise look like one-word names. */
export const PLACE_WORDS = words(`
  alabama arkansas connecticut delaware hawaii idaho illinois indiana kansas kentucky louisiana maine
  maryland massachusetts mississippi missouri montana nebraska hampshire jersey dakota oklahoma oregon
  rhode tennessee utah vermont wyoming
  america europe asia africa australia antarctica russia ukraine china japan india pakistan iran iraq
  syria israel gaza palestine germany france britain england scotland wales ireland italy spain portugal
  poland hungary greece turkey belarus georgia moldova crimea donbas donetsk luhansk kyiv kiev moscow
  washington london paris berlin brussels beijing tokyo delhi tehran baghdad damascus jerusalem cairo
  alaska anchorage california texas florida ohio pennsylvania michigan wisconsin virginia carolina
  arizona nevada iowa colorado minnesota york chicago boston philadelphia atlanta
  miami detroit seattle houston dallas denver charlotte mexico canada brazil cuba venezuela korea
  nato un eu ussr
`);

/** Common given names with a clear gender; lets "she" skip male candidates and vice versa. */
export const FEMALE_NAMES = words(`
  mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret
  sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca
  sharon laura cynthia kathleen amy shirley angela helen anna brenda pamela nicole emma samantha
  katherine christine debra rachel catherine carolyn janet ruth maria heather diane virginia julie joyce
  victoria olivia christina lauren joan evelyn judith megan cheryl andrea hannah martha jacqueline
  frances gloria ann teresa kathryn sara janice jean alice madison doris abigail julia judy grace denise
  amber marilyn beverly danielle theresa sophia marie diana brittany natalie isabella charlotte rose
  alexis kayla hillary melania ivanka chelsea kellyanne sarah nikki kamala nancy condoleezza madeleine
  angela theresa ursula kaja annalena marine giorgia yulia ines jill donna nicola ava gwen ivana marcia carla veronica
  elizabeth kirsten tammy dianne debbie jeanne loretta sonia ruth elena sheryl oprah beyonce adriana esther krystal tulsi
  michele maxine ilhan alexandria rashida ayanna liz lisa susan mazie kay claire amy marsha joni
  meghan samantha katie erin gretchen megyn mika norah andrea savannah hoda gayle rachel
  katrina anne annie barbara betsy carly jane janet kate kathy laurie lynn mia nina paula sally
  tina valerie wendy yvonne zoe
`);

export const MALE_NAMES = words(`
  james john robert michael william david richard joseph thomas charles christopher daniel matthew
  anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason
  jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel
  gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas
  zachary peter kyle walter ethan jeremy harold keith christian roger noah gerald carl terry sean
  austin arthur lawrence jesse dylan bryan joe billy bruce albert willie gabriel logan alan
  juan wayne roy ralph randy eugene vincent russell elijah louis bobby philip johnny barack bill
  vladimir volodymyr sergey sergei dmitry dmitri yuri andrei alexei alexey mikhail boris viktor
  wolfgang friedrich olaf emmanuel keir rishi boris nick marco steve mike mitch chuck lindsey ted
  rand newt rudy chris reince sean jared hunter beau tim bernie martin hugh jim jeb marco rick ben
  al dick colin rex xi narendra benjamin recep tayyip justin jens volker gerhard helmut angelo
  tom dan ed fred greg jeff josh ken matt nate pete phil rob ron sam stan ted tony vince francisco
  carlos jorge luis oscar edwin don howard harry mitt lloyd maury chad victor
  lester chris jake wolf anderson bret brit tucker sean rush glenn hugh newt
`);

/** Role nouns that mark the person as female or male when they appear in a title. */
export const FEMALE_TITLES = words(
  `mrs ms miss lady dame queen princess chairwoman spokeswoman congresswoman councilwoman madam`
);
export const MALE_TITLES = words(`mr sir lord king prince chairman spokesman congressman councilman father`);
