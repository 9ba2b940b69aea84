/**
 * Everyday words of other languages (question words, articles, pronouns, prepositions, auxiliaries, common verbs),
 * for telling a short question in another language ("wie viel kostet das?") from English chat. Data only, nothing
 * about a story. Words that are also everyday English ("die", "was", "come", "also") are ignored when matching,
 * whatever is listed here. An elision keeps its apostrophe ("l'", "qu'"). Words that are also a name in the
 * knowledge's lexicon are left out (src/ names nothing of a story; tests/policy checks).
 */
export const FUNCTION_WORDS: Record<string, string> = {
  german: `
    wie was wer wo wann warum wieso weshalb welche welcher welches woher wohin wieviel viel viele
    der die das den dem des ein eine einen einem einer eines kein keine keinen
    ich du er sie es wir ihr mich mir dich dir uns euch sich sein seine ihre ihren unser unsere
    ist sind war waren wird werden wurde wurden hat haben hatte hatten kann können konnte muss müssen soll sollen gibt gab
    kostet kosten bekommt macht machen steht stehen geht gehen kommt kommen heißt bedeutet beginnt startet läuft
    und oder aber nicht nichts noch schon auch nur sehr mehr jetzt hier dort dann denn doch mal bitte danke
    mit von zu zum zur bei nach aus für über unter gegen ohne seit bis vom im am ins ums beim
    dieser diese dieses diesen jemand etwas alles wirklich erste ersten zweite neue neuen wurde
  `,
  french: `
    qui que quoi quel quelle quels quelles où quand comment pourquoi combien lequel laquelle
    le la les un une des du au aux ce cet cette ces mon ma mes ton ta tes sa ses notre nos votre vos leur leurs
    je tu il elle nous vous ils elles on lui eux me te se
    est sont était étaient sera seront a ont avait avaient fait font peut peuvent doit doivent va vont coûte coûtent vaut
    et ou mais ne pas plus aussi encore déjà très bien tout tous toute toutes rien quelque
    avec pour dans sur sous chez entre depuis pendant sans vers selon
    c' l' d' j' qu' n' s' m' t' est-ce c'est qu'est-ce y-a-t-il premier première nouveau nouvelle
  `,
  italian: `
    chi che cosa come dove quando perché perche quanto quanta quanti quante quale quali
    il lo la gli le un uno una del dello della dei degli delle al allo alla ai agli alle dal dalla dai nel nella nei sul sulla
    io tu lui lei noi voi loro mi ti ci vi si suo sua suoi sue nostro nostra questo questa questi quello quella
    è sono era erano sarà hanno ha aveva può possono deve devono fa fanno costa costano vale valgono c'è
    e ed o ma non più anche ancora già molto tutto tutti niente qualcosa
    con per tra fra senza dopo prima verso presso
    l' un' all' dall' nell' sull' quest' primo prima nuovo nuova accordo contratto
  `,
  spanish: `
    qué que quién quien quiénes dónde donde cuándo cuando cómo como por qué porqué cuánto cuanto cuánta cuántos cuántas cuál cual cuáles
    el la los las un una unos unas del al lo
    yo tú él ella nosotros vosotros ellos ellas usted ustedes me te se nos le les su sus mi mis este esta estos estas ese esa eso esto
    es era eran será está están estaba ha han había hay puede pueden debe deben hace hacen cuesta cuestan vale valen tiene tienen
    y o pero no más también todavía ya muy todo todos nada algo
    con para por sin sobre entre desde hasta hacia según
    primer primera primero nuevo nueva acuerdo contrato
  `,
  portuguese: `
    quem que o quê onde quando como porque por quê quanto quanta quantos quantas qual quais
    o a os as um uma uns umas do da dos das no na nos nas ao aos pelo pela pelos pelas num numa
    eu tu ele ela nós vós eles elas você vocês me te se lhe seu sua seus suas meu minha este esta isto esse essa isso aquele aquela
    é são era eram será está estão estava tem têm tinha há pode podem deve devem faz fazem custa custam vale valem
    e ou mas não mais também ainda já muito tudo todos nada algo
    com para por sem sobre entre desde até pra pro
    vai vão vou custar custo projeto acordo contrato centro dados empresa preço valor
    primeiro primeira novo nova acordo contrato
  `,
  dutch: `
    wie wat waar wanneer waarom hoe hoeveel welke welk
    de het een der des
    ik jij je hij zij ze wij we jullie mij mijn jouw zijn haar ons onze hun hen dit dat deze die
    is zijn was waren wordt worden werd heeft hebben had kan kunnen moet moeten zal zullen kost kosten geeft krijgt begint komen komt kwam gaat gaan ging wil willen er
    en of maar niet geen nog al ook heel veel meer nu hier daar dan toch wel
    met van voor naar uit over onder bij tegen zonder sinds tot om aan op
    eerste nieuwe nieuw akkoord overeenkomst
  `,
  polish: `
    gdzie kiedy dlaczego czemu ile jaki jaka jakie który która które kto co czy jak
    jest są był była było będzie ma mają może można się nie tak też już bardzo
    w z ze na do od dla przez po przy za pod nad jego jej ich ten ta te tego tej tym
    pierwsze pierwszy pierwsza nowy nowa nowe umowa umowy kosztuje powstaje
  `,
  czech: `
    kde kdy proč kolik jaký jaká jaké který která které kdo co jak
    je jsou byl byla bylo bude má mají může se ne ano také už velmi
    v z ze na do od pro přes po při za pod nad jeho její jejich ten ta to
    první nový nová nové smlouva stojí
  `,
  swedish: `
    var när varför hur mycket många vilken vilket vilka vem vad
    är blir har hade kan ska skulle och eller men inte också redan med för på av till från om
    den det de en ett jag du han hon vi ni dom första nya avtalet kostar
  `,
  danish_norwegian: `
    hvor hvornår når hvorfor hvordan hvad hva hvem hvilken hvilke
    er var bliver blir har kan skal og eller men ikke også med for på af av til fra
    den det de en et jeg du han hun vi første nye aftale aftalen avtale avtalen koster
  `,
  turkish: `
    nerede nereye ne zaman neden niçin nasıl kaç hangi kim bu şu bir ve veya ama değil
    mi mı mu mü için ile olan var yok ilk yeni anlaşma kadar
  `,
  indonesian_malay: `
    di mana kapan mengapa kenapa bagaimana berapa siapa apa yang dan atau tapi tetapi tidak juga sudah sangat
    dengan untuk pada dari ke ini itu adalah akan bisa pertama baru kesepakatan
  `,
  romanian: `
    unde când cum cât câte care cine ce este sunt era va au are poate și sau dar nu mai deja foarte
    cu pentru pe din la în acest această primul prima nou nouă acordul costă
  `,
};
