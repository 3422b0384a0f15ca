/**
 * Words too common to say anything about which passage answers a question, chat's
 * apostrophe-less 'whats' and 'dont' included. Kept as data in one place: the index and the
 * query both drop them, so a question full of "what did the … say about" costs no more than its
 * content words.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any are aren't as at be because been before
  being below between both but by can can't cannot could couldn't did didn't do does doesn't doing
  don't down during each few for from further had hadn't has hasn't have haven't having he he'd he'll
  he's her here here's hers herself him himself his how how's i i'd i'll i'm i've if in into is isn't
  it it's its itself just let's me more most mustn't my myself no nor not of off on once only or other
  ought our ours ourselves us out over own same shan't she she'd she'll she's should shouldn't so some
  such than that that's the their theirs them themselves then there there's these they they'd they'll
  they're they've this those through to too under until up very was wasn't we we'd we'll we're we've
  were weren't what what's when when's where where's which while who who's whom why why's will with
  won't would wouldn't you you'd you'll you're you've your yours yourself yourselves
  ever anything something whether many much may might must shall yet via per s t
  get gets got gotten getting
  whats whos wheres whens hows whys thats theres heres im ive dont doesnt didnt isnt arent wasnt
  werent cant couldnt wont wouldnt shouldnt hasnt havent hadnt youre theyre lets`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Words that frame a question rather than carry its content ("what did X say about Y", "tell me
 * about Y"). Dropped from queries only: in the articles they are ordinary words.
 */
export const QUESTION_WORDS: ReadonlySet<string> = new Set(
  `say says said saying tell told telling me know show find give happen happened happens
  mention mentioned mentions report reported reports according please anyone`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Irregular past forms the Porter stemmer cannot join to their verb: 'met' must meet 'meet',
 * 'led' must meet 'lead'; and the -ie verbs it cuts two ways ('died' → 'di', 'die' → 'die').
 * Applied before stemming, in the index and the query alike.
 */
// Without a prototype, as it is looked up with any word ('constructor' included).
export const IRREGULAR_VERBS: Readonly<Record<string, string>> = Object.assign(Object.create(null) as Record<string, string>, Object.fromEntries(
  `met:meet led:lead held:hold took:take taken:take gave:give given:give made:make went:go gone:go
  spoke:speak spoken:speak left:leave won:win began:begin begun:begin brought:bring bought:buy
  thought:think sought:seek caught:catch taught:teach fought:fight struck:strike chose:choose
  chosen:choose drove:drive driven:drive rode:ride ridden:ride wrote:write written:write fell:fall
  fallen:fall rose:rise risen:rise grew:grow grown:grow knew:know known:know saw:see seen:see
  came:come become:become became:become ran:run sent:send spent:spend built:build lost:lose
  paid:pay laid:lay sold:sell stood:stand understood:understand kept:keep slept:sleep felt:feel
  meant:mean heard:hear found:find ate:eat eaten:eat broke:break broken:break froze:freeze
  frozen:freeze hid:hide stole:steal stolen:steal swore:swear sworn:swear threw:throw thrown:throw
  withdrew:withdraw withdrawn:withdraw forgot:forget forgotten:forget flew:fly flown:fly
  drew:draw drawn:draw shot:shoot fled:flee dealt:deal died:die dies:die dying:die tied:tie ties:tie
  tying:tie lied:lie lying:lie`
    .split(/\s+/)
    .filter(Boolean)
    .map((pair) => pair.split(':') as [string, string]),
  ),
);

/**
 * Words after which a lower-case 'us' is the pronoun ('tell us', 'for us'); anywhere else in a
 * chat question it is the country typed without capitals ('us jobless rate', 'in the us').
 */
export const OBJECT_PRONOUN_CONTEXT: ReadonlySet<string> = new Set(
  `to for with of about against from at by among between behind before after like than into onto
  upon without within toward towards around over under near beside tell tells told give gives gave
  let lets help helps helped show shows showed ask asks asked send sends sent take takes took make
  makes made keep keeps kept cost costs join joins joined hit hits call calls called leave leaves
  left bring brings brought teach taught remind reminds reminded warn warned want wants wanted`
    .split(/\s+/)
    .filter(Boolean),
);
