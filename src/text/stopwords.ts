// English function words: they never start a name, and keyword lists leave them out.

export const STOPWORDS = new Set(
  (
    'a about above across after afterwards again against all almost alone along already also although always am among ' +
    'amongst an and another any anyhow anyone anything anyway anywhere are around as at back be became because become ' +
    'becomes been before beforehand behind being below beside besides between beyond both but by can cannot could did ' +
    'do does doing done down due during each eg either else elsewhere enough etc even ever every everyone everything ' +
    'everywhere except few first for former formerly from further furthermore had has have having he hence her here ' +
    'hereafter hereby herein hers herself him himself his how however i ie if in indeed into is it its itself just last ' +
    'latter latterly least less many may me meanwhile might mine more moreover most mostly much must my myself namely ' +
    'neither never nevertheless next no nobody none nor not nothing now nowhere of off often on once one only onto or ' +
    'other others otherwise our ours ourselves out over own per perhaps rather re same second several she should since ' +
    'so some somehow someone something sometime sometimes somewhere still such than that the their theirs them ' +
    'themselves then thence there thereafter thereby therefore therein thereupon these they third this those though ' +
    'through throughout thru thus to together too toward towards under unless unlike until up upon us very via was we ' +
    'well were what whatever when whence whenever where whereafter whereas whereby wherein whereupon wherever whether ' +
    'which while whither who whoever whole whom whose why will with within without would yet you your yours yourself ' +
    'yourselves additionally notably recently similarly currently finally specifically overall previously ' +
    'domestically globally instead still amid amidst despite regarding including according'
  ).split(' '),
);

// Words of any prose, whatever its subject: common verbs, adjectives and nouns that say nothing about what a text
// is about. Keyword lists leave them out too; they are not STOPWORDS, because a name may start with one ("New Zealand").
export const GENERAL_WORDS = new Set(
  (
    'use used uses using new make makes made making take takes took taken taking seek seeks sought say says said ' +
    'way ways like based given include includes included various different certain specific particular example ' +
    'examples instance percent cent number part parts time times year years likely able set sets found let lets ' +
    'called known seen see sees come comes came going go goes went get gets got put puts'
  ).split(' '),
);
