"""Common news constructions, one sentence each (written for this test), with every relation they
must yield: a regression net over the whole matcher and rule table."""

from __future__ import annotations

import pytest
from relations.toy import named, relations_of

CASES = [
    ("Israeli air strikes on Gaza killed 20 people.", {("conflict", "Israel", "Gaza")}),
    ("Russian forces shelled Ukrainian positions near Donetsk.", {("conflict", "Russia", "Ukraine")}),
    ("North Korea fired a missile over Japan.", {("conflict", "North Korea", "Japan")}),
    ("Turkey launched an offensive against Kurdish fighters in Syria.", {("conflict", "Turkey", "Syria")}),
    ("The United States slapped tariffs on Chinese goods.", {("conflict", "United States", "China")}),
    ("Pakistan accused India of violating the ceasefire.", {("conflict", "Pakistan", "India")}),
    ("Ukraine blamed Russia for the attack.", {("conflict", "Ukraine", "Russia")}),
    ("Moscow condemned Washington's decision.", {("conflict", "Moscow", "Washington")}),
    ("Clashes erupted between Indian and Chinese troops along the border.", {("conflict", "China", "India")}),
    ("Iran seized a British tanker in the strait.", {("conflict", "Iran", "United Kingdom")}),
    ("Russia annexed Crimea in 2014.", {("conflict", "Russia", "Crimea")}),
    ("Tensions flared between Serbia and Kosovo.", {("conflict", "Kosovo", "Serbia")}),
    ("India retaliated against Pakistan.", {("conflict", "India", "Pakistan")}),
    # (and the incursions into its airspace are Turkey's act on Greece)
    (
        "Greece protested Turkish incursions into its airspace.",
        {("conflict", "Greece", "Turkey"), ("conflict", "Turkey", "Greece")},
    ),
    ("Venezuela broke off relations with Colombia.", {("tie", "Colombia", "Venezuela")}),
    ("Israel struck Hezbollah targets in Lebanon.", {("conflict", "Israel", "Lebanon")}),
    ("A diplomatic row between Britain and Iran deepened.", {("conflict", "Iran", "United Kingdom")}),
    (
        "Beijing denounced Washington's arms sales to Taipei.",
        {("conflict", "Beijing", "Washington"), ("transfer", "Washington", "Taipei")},
    ),
    (
        "Syria accused Israel of bombing Damascus airport.",
        {("conflict", "Syria", "Israel"), ("conflict", "Israel", "Damascus")},
    ),
    ("China and Pakistan vowed to deepen their friendship.", {("tie", "China", "Pakistan")}),
    ("Germany pledged aid to Ukraine.", {("transfer", "Germany", "Ukraine")}),
    ("Japan and India held joint naval exercises.", {("tie", "India", "Japan")}),
    ("Egypt hosted peace talks between Israel and Palestine.", {("tie", "Israel", "Palestine")}),
    ("France recognised Palestine as a state.", {("tie", "France", "Palestine")}),
    ("Russia signed a gas deal with China.", {("tie", "China", "Russia")}),
    ("Qatar and Saudi Arabia restored diplomatic ties.", {("tie", "Qatar", "Saudi Arabia")}),
    ("The United States and Mexico reached an agreement on migration.", {("tie", "Mexico", "United States")}),
    ("India thanked Russia for its support.", {("tie", "India", "Russia")}),
    ("Kenya welcomed Somalia's decision.", {("tie", "Kenya", "Somalia")}),
    ("Washington backed Kyiv's bid to join the alliance.", {("tie", "Kyiv", "Washington")}),
    ("India and Bangladesh agreed to boost trade.", {("tie", "Bangladesh", "India")}),
    ("The Ghanaian president received his Togolese counterpart in Accra.", {("route", "Togo", "Accra")}),
    ("Germany deported 30 Afghans on Tuesday.", {("route", "Germany", "Afghanistan")}),
    ("Japan is the biggest buyer of Norwegian salmon.", {("transfer", "Norway", "Japan")}),
    ("Refugees from Syria arrived in Greece.", {("route", "Syria", "Greece")}),
    ("Egypt's president will travel to Sudan next week.", {("route", "Egypt", "Sudan")}),
    ("Pakistani troops crossed into Afghanistan.", {("route", "Pakistan", "Afghanistan")}),
    # A trip made to cooperate ties the travellers' home to the trip's destination; a trip for talks
    # alone is a trip.
    (
        "Delegates from Laos travelled to Hanoi to sign a border agreement.",
        {("route", "Laos", "Hanoi"), ("tie", "Hanoi", "Laos")},
    ),
    (
        "Venezuela's oil minister will fly to Tehran next week to sign an energy agreement.",
        {("route", "Venezuela", "Tehran"), ("tie", "Tehran", "Venezuela")},
    ),
    ("The Ecuadorian president flew to Beijing on Monday for talks.", {("route", "Ecuador", "Beijing")}),
    # A breakaway territory filed under the country it broke from is no containment.
    ("Georgian troops crossed into Abkhazia overnight.", {("route", "Georgia", "Abkhazia")}),
    ("Moldova and Transnistria signed a customs agreement.", {("tie", "Moldova", "Transnistria")}),
    ("Tbilisi, Georgia, hosted the talks.", set()),
    # Making one's way, or on one's way: a trip; paving the way is none.
    (
        "A surge of migrants from Cuba has been making its way to the United States.",
        {("route", "Cuba", "United States")},
    ),
    ("Thousands of Syrians made their way from Turkey to Greece.", {("route", "Turkey", "Greece")}),
    ("The Iranian minister was on his way to Caracas when the plane was grounded.", {("route", "Iran", "Caracas")}),
    ("The talks in Oslo paved the way for a ceasefire in Ukraine.", set()),
    # Criticism by any verb of criticism is a verbal conflict (CAMEO 111, 12).
    ("Beijing slammed Taipei's new defence plan.", {("conflict", "Beijing", "Taipei")}),
    ("Kenya lambasted Somalia over the border closure.", {("conflict", "Kenya", "Somalia")}),
    ("France snubbed Italy's invitation to the summit.", {("conflict", "France", "Italy")}),
    # A decision or plan that is someone's is theirs, not the critic's.
    (
        "Beijing condemned Washington's decision to sell arms to Taipei.",
        {("conflict", "Beijing", "Washington"), ("transfer", "Washington", "Taipei")},
    ),
    (
        "Moscow denounced the British plan to expel Russian diplomats.",
        {("conflict", "Moscow", "United Kingdom"), ("conflict", "United Kingdom", "Russia")},
    ),
    # Withdrawing from a place is a trip from it home; withdrawing from a treaty is none.
    ("Russia withdrew its troops from Syria.", {("route", "Syria", "Russia")}),
    ("Britain withdrew its ambassador from Iran.", {("route", "Iran", "United Kingdom")}),
    ("Armenian troops withdrew from Nagorno-Karabakh.", {("route", "Nagorno-Karabakh", "Armenia")}),
    ("The United States withdrew from the Paris climate agreement.", set()),
    # A region one leaves starts the trip; one goes to stands for a tour that a city refines.
    ("The troops left Nagorno-Karabakh for Yerevan.", {("route", "Nagorno-Karabakh", "Yerevan")}),
    ("Refugees fled the Middle East for Germany.", {("route", "Middle East", "Germany")}),
    # A passive's agent is who acts in the phrase around it.
    (
        "The mines were laid by Azerbaijani soldiers during the war with Armenia.",
        {("conflict", "Armenia", "Azerbaijan")},
    ),
    ("Bridges were blown up by Russian sappers during the war with Ukraine.", {("conflict", "Russia", "Ukraine")}),
    # Distributive "each": every party's own agreements, none between them.
    ("Kenya and Uganda each signed a trade deal with China.", {("tie", "China", "Kenya"), ("tie", "China", "Uganda")}),
    ("Chile and Peru have a dozen trade agreements each.", set()),
    ("Chile and Peru signed a trade agreement.", {("tie", "Chile", "Peru")}),
    # A backer is an ally; a trade mission is a trip.
    ("Russia, a key backer of the Syrian government, sent more jets.", {("tie", "Russia", "Syria")}),
    ("Iran, the main backer of Lebanon's Hezbollah, denied it.", {("tie", "Iran", "Lebanon")}),
    (
        "The Government of Ghana just completed trade missions to China and Japan.",
        {("route", "Ghana", "China"), ("route", "Ghana", "Japan")},
    ),
    ("A Kenyan mission to Oslo signed the accord.", {("route", "Kenya", "Oslo")}),
    # A dateline tells where the story was filed: no party to its links.
    ("CAIRO (AP) — Egyptian troops arrived in Sudan on Monday.", {("route", "Egypt", "Sudan")}),
    (
        "NAIROBI, Kenya (Reuters) - Ethiopian officials thanked Eritrea for its support.",
        {("tie", "Eritrea", "Ethiopia")},
    ),
    # The signers of a deal told in a relative clause on it are its parties.
    (
        "The deal, which Turkish and Russian officials signed in Moscow, created a buffer zone.",
        {("tie", "Russia", "Turkey")},
    ),
    ("The agreement that Iran and Iraq signed in 2019 has expired.", {("tie", "Iran", "Iraq")}),
    # "his country" in what someone says is the speaker's own.
    ("The Ethiopian prime minister said his country would work with Kenya.", {("tie", "Ethiopia", "Kenya")}),
    ("Egypt's foreign minister said his government would send aid to Sudan.", {("transfer", "Egypt", "Sudan")}),
    # With the expeller named, "from X" is where the expelled served.
    (
        "Beijing retaliated by expelling a Japanese consul from Wuhan.",
        {("conflict", "Beijing", "Japan")},
    ),
    ("The expulsion of Russian diplomats from Germany angered Moscow.", {("conflict", "Germany", "Russia")}),
    # A pledge of money or goods is a (hedged) transfer; a pledge of support a tie.
    ("Saudi Arabia pledged 500 million dollars in humanitarian aid to Yemen.", {("transfer", "Saudi Arabia", "Yemen")}),
    ("Kenya pledged support to Somalia.", {("tie", "Kenya", "Somalia")}),
    # Returning goods is a transfer, returning people a trip; the subject sends them.
    ("The Dutch government will return 478 looted artefacts to Indonesia.", {("transfer", "Netherlands", "Indonesia")}),
    ("Britain returned the stolen antiquities to Iraq.", {("transfer", "United Kingdom", "Iraq")}),
    ("Egypt returned 30 fishermen to Sudan.", {("route", "Egypt", "Sudan")}),
    # "bound for X" after a verb of leaving; "to neighbouring X".
    (
        "The ship, carrying Ukrainian corn, left Istanbul on Monday bound for Lebanon.",
        {("transfer", "Istanbul", "Lebanon")},
    ),
    ("The tanker left Caracas bound for Havana.", {("route", "Caracas", "Havana")}),
    ("Thousands of refugees fled Myanmar to neighbouring Bangladesh.", {("route", "Myanmar", "Bangladesh")}),
    ("Families fled Syria to neighboring Lebanon.", {("route", "Syria", "Lebanon")}),
    # Pressure on another place is coercion (CAMEO 17).
    ("Beijing has stepped up military pressure on Taipei.", {("conflict", "Beijing", "Taipei")}),
    ("Washington pressured Ankara to release the pastor.", {("conflict", "Washington", "Ankara")}),
    # A headline's verb the tagger reads as a noun ("oil heads"): goods moving.
    ("Venezuela's oil heads to China.", {("transfer", "Venezuela", "China")}),
    ("Brazilian coffee heads to Japan", {("transfer", "Brazil", "Japan")}),
    # A fare or ticket from one place to another is a route served.
    ("The airline offers a round-trip fare from Lima to Madrid.", {("route", "Lima", "Madrid")}),
    ("Airfares between Lagos and London have doubled.", {("route", "Lagos", "London")}),
    # A hyphenated adjective that only describes its noun makes no party of the place.
    ("An Asian-themed casino will open near Kampala.", set()),
    ("The Greek-majority island of Cyprus joined the European Union in 2004.", {("tie", "Cyprus", "European Union")}),
    ("A Chinese-made drone was shipped to Russia.", {("transfer", "China", "Russia")}),
    # A verb of travel with a thing as its object moves the thing: no trip.
    ("Franco moved Spain's clocks forward an hour to Central European Time.", set()),
    ("The league moved the final from Istanbul to Paris.", set()),
    ("He moved his family from Cuba to Spain.", {("route", "Cuba", "Spain")}),
    ("She moved her children from Syria to Lebanon in 2015.", {("route", "Syria", "Lebanon")}),
    ("The army moved troops from Russia to Belarus.", {("route", "Russia", "Belarus")}),
    # Someone "in X for talks with Y" takes part in the talks, and travelled to X for them.
    (
        "The French foreign minister, in town for talks with Saudi officials, praised the visit.",
        {("tie", "France", "Saudi Arabia")},
    ),
    (
        "The Turkish president, in Moscow for talks with Russian leaders, said ties were strong.",
        {("tie", "Russia", "Turkey"), ("route", "Turkey", "Moscow")},
    ),
    (
        "Kenya's foreign minister, in Addis Ababa for a meeting with Ethiopian officials, said the border "
        "would reopen.",
        {("tie", "Ethiopia", "Kenya"), ("route", "Kenya", "Addis Ababa")},
    ),
    ("The reason for talks with Russia is clear.", set()),
    # Residents "in X" live there: no visitors to a meeting in X.
    ("Ethiopian residents in Nairobi met Kenyan officials.", {("tie", "Ethiopia", "Kenya")}),
    ("Turkish citizens in Paris met French officials.", {("tie", "France", "Turkey")}),
    # "The country" stands for the one country named before it in the sentence.
    ("Volunteers helped China as the country struggled against Japan.", {("conflict", "China", "Japan")}),
    ("Aid groups helped Lebanon as the country fought Israel.", {("conflict", "Israel", "Lebanon")}),
    ("Venezuela is broke, and the country's oil now heads to China.", {("transfer", "Venezuela", "China")}),
    ("Iran sent oil to Venezuela as the country faced shortages.", {("transfer", "Iran", "Venezuela")}),
    ("Iran and Cuba met as the country struggled against Israel.", {("tie", "Cuba", "Iran")}),
    # Fighting, battling or disputing someone: the object is the opponent.
    ("Lebanon fought Israel in 2006.", {("conflict", "Israel", "Lebanon")}),
    ("Russian troops battled Ukrainian forces near Kharkiv.", {("conflict", "Russia", "Ukraine")}),
    ("China disputes Japan's claim to the islands.", {("conflict", "China", "Japan")}),
    # Guests meeting their hosts came to the hosts' country.
    (
        "The Chinese delegation held talks with their Kenyan hosts.",
        {("tie", "China", "Kenya"), ("route", "China", "Kenya")},
    ),
    ("The Iraqi envoy met his Turkish hosts on Monday.", {("tie", "Iraq", "Turkey"), ("route", "Iraq", "Turkey")}),
    ("The Iraqi envoy met his Turkish counterpart on Monday.", {("tie", "Iraq", "Turkey")}),
    # A relative clause with no pronoun: the noun is its object, and its subject the act's.
    ("The sanctions Washington imposed on Caracas remain in force.", {("conflict", "Washington", "Caracas")}),
    ("The meetings the Syrian official had with Lebanese leaders went well.", {("tie", "Lebanon", "Syria")}),
    # A participle after a comma describes the nearest noun before it; its agent acts alone.
    (
        "The enclave fell in the face of the brutal advance by Syrian forces, backed by Russia.",
        {("tie", "Russia", "Syria")},
    ),
    ("The town fell to Iraqi troops, supported by Iran.", {("tie", "Iran", "Iraq")}),
    # A noun telling how something happened happened where the verb says ("killed in X in an attack").
    ("Five civilians were killed in Damascus during Israeli air strikes.", {("conflict", "Israel", "Damascus")}),
    ("Two soldiers were wounded in Beirut by Israeli shelling.", {("conflict", "Israel", "Beirut")}),
    # Blaming an act on someone (or attributing it to them) says they did it, and blames them.
    ("Turkey blamed the attack on Syria.", {("conflict", "Turkey", "Syria")}),
    ("Washington attributed the strike on Baghdad to Iran.", {("conflict", "Iran", "Baghdad")}),
    (
        "Two were killed in Beirut in a bombing that Lebanon blamed on Israel.",
        {("conflict", "Israel", "Beirut"), ("conflict", "Lebanon", "Israel")},
    ),
    # People stranded, trapped or living somewhere leave from there; goods come from where they were made.
    (
        "Some 150 Ethiopian workers stranded in Saudi Arabia were flown back to Addis Ababa.",
        {("route", "Saudi Arabia", "Addis Ababa")},
    ),
    ("Japan evacuated citizens trapped in Wuhan.", {("route", "Wuhan", "Japan")}),
    ("Iran demanded the remains of Iranians killed in Aleppo.", set()),
    ("Cars built in Mexico are exported to Canada.", {("transfer", "Mexico", "Canada")}),
    ("Rice grown in Vietnam arrived in Manila.", {("transfer", "Vietnam", "Manila")}),
    ("Oil produced in Iraq is imported by Jordan.", {("transfer", "Iraq", "Jordan")}),
    # "his country's ..." in what someone says is the speaker's country.
    (
        "Mongolia's president said his country's partnership with Japan had never been stronger.",
        {("tie", "Japan", "Mongolia")},
    ),
    ("Egypt's foreign minister said his government's aid to Sudan would continue.", {("transfer", "Egypt", "Sudan")}),
    # A noun with its own "by" agent is that agent's, not the clause subject's.
    (
        "Cuba deepened its ties with Russia during a visit by the Russian premier to Havana.",
        {("tie", "Cuba", "Russia"), ("route", "Russia", "Havana")},
    ),
    ("Kenya hailed the visit by the Ethiopian prime minister to Nairobi.", {("route", "Ethiopia", "Nairobi")}),
    # A titled name is a person: welcoming them is their visit.
    ("Kenyan President Ruto was welcomed in Addis Ababa by his Ethiopian host.", {("route", "Kenya", "Addis Ababa")}),
    ("Angola welcomed Brazilian President Lula on Monday.", {("route", "Brazil", "Angola")}),
    # "expected in X for a visit", "was in X for talks": the visit or talks are in X.
    (
        "The Chinese premier is expected in Canberra next week for a two-day visit.",
        {("route", "China", "Canberra")},
    ),
    (
        "The Iranian foreign minister was in Beijing for talks with Chinese officials.",
        {("route", "Iran", "Beijing"), ("tie", "China", "Iran")},
    ),
    # Exchanging fire; a case or lawsuit against someone; a surtax or levy on goods; a joint venture;
    # an airdrop over a place; a strike that hits it.
    ("Iraqi and Syrian guards traded fire overnight.", {("conflict", "Iraq", "Syria")}),
    ("Soldiers from Kenya and Somalia exchanged gunfire at the frontier.", {("conflict", "Kenya", "Somalia")}),
    ("Iran filed a case against Israel at the court.", {("conflict", "Iran", "Israel")}),
    ("Ukraine filed a lawsuit against Russia at the court.", {("conflict", "Ukraine", "Russia")}),
    ("Mexico announced a surtax on Chinese cars.", {("conflict", "Mexico", "China")}),
    ("Mexico announced a levy on Brazilian beef.", {("conflict", "Mexico", "Brazil")}),
    ("Qatari and Turkish firms set up a joint venture.", {("tie", "Qatar", "Turkey")}),
    ("Egypt and Sudan set up a venture to farm wheat.", {("tie", "Egypt", "Sudan")}),
    ("Jordanian planes airdropped supplies over Syria.", {("transfer", "Jordan", "Syria")}),
    ("Egyptian planes airdropped aid into Sudan.", {("transfer", "Egypt", "Sudan")}),
    ("Ukrainian missiles hit a depot near Moscow.", {("conflict", "Ukraine", "Moscow")}),
    ("Israeli missiles hit Damascus overnight.", {("conflict", "Israel", "Damascus")}),
    ("The storm hit Cuba on Monday.", set()),
    # A noun reached through a preposition names its own actor: the subject of the clause is not it.
    (
        "The Kremlin vowed to retaliate for the expulsion of Russian diplomats from Poland.",
        {("conflict", "Poland", "Russia")},
    ),
    ("Tehran vowed to respond to the expulsion of Iranian diplomats from Iraq.", {("conflict", "Iraq", "Iran")}),
    # "X's Y region", "the Y region of ...": the place noun stands for the place named on it.
    ("Families crossed from Sudan's Darfur region into Chad.", {("route", "Darfur", "Chad")}),
    ("Families fled Syria's Idlib province for Turkey.", {("route", "Idlib", "Turkey")}),
    # A participle on a hostile noun says what it hits.
    ("New German sanctions targeting Russia's oil industry took effect.", {("conflict", "Germany", "Russia")}),
    ("Mexico announced tariffs aimed at Chinese steel.", {("conflict", "Mexico", "China")}),
    # A headline verb read as a noun with an object; a cargo or shipment object of a verb of sending.
    ("Chile ships first cargo of fresh cherries to India", {("transfer", "Chile", "India")}),
    ("Kenya flies first tea shipment to Egypt", {("transfer", "Kenya", "Egypt")}),
    # Duties, taxes, quotas and restrictions are hostile only "on" someone's goods or people.
    ("India slaps duties of up to 20 percent on Chinese steel.", {("conflict", "India", "China")}),
    ("The European Union imposed a tax on Russian oil.", {("conflict", "European Union", "Russia")}),
    ("India imposed restrictions on Pakistani imports.", {("conflict", "India", "Pakistan")}),
    # (no duty here: the soldiers are deployed, no more)
    ("Iraqi soldiers on duty in Syria were attacked.", {("route", "Iraq", "Syria")}),
    ("Egypt raised the tax on cigarettes.", set()),
    # A participle on the noun after "a batch of" tells where the batch came from.
    ("The first batch of vaccines donated by Japan arrived in Kenya on Saturday.", {("transfer", "Japan", "Kenya")}),
    ("A shipment of grain exported from Ukraine reached Egypt.", {("transfer", "Ukraine", "Egypt")}),
    # Rivers and storms travel nowhere.
    ("The storm moved from Cuba to Mexico.", set()),
    ("The river flows from Uganda to Egypt.", set()),
    ("Refugees flowed from Syria into Turkey.", {("route", "Syria", "Turkey")}),
    # A route or goods noun "linking" or "connecting" places runs between them, stop after stop.
    ("Daily flights linking Caracas and Havana resumed.", {("route", "Caracas", "Havana")}),
    ("A new pipeline connecting Russia to China opened.", {("transfer", "China", "Russia")}),
    (
        "A ferry service connecting Beirut, Damascus and Tehran was proposed.",
        {("route", "Beirut", "Damascus"), ("route", "Damascus", "Tehran")},
    ),
    # "X, one of its allies": the apposition names X.
    (
        "Iran sold drones to Venezuela, one of its closest allies.",
        {("transfer", "Iran", "Venezuela"), ("tie", "Iran", "Venezuela")},
    ),
    (
        "Russia sold jets to Belarus, one of its closest partners.",
        {("transfer", "Russia", "Belarus"), ("tie", "Belarus", "Russia")},
    ),
    # "after ... in X" on a verb of travel: where the traveller was before.
    ("The nurse returned to Caracas after working in Cuba.", {("route", "Cuba", "Caracas")}),
    ("The minister flew to Paris after a week in Beirut.", {("route", "Beirut", "Paris")}),
    ("He arrived in Nairobi after two years in Somalia.", {("route", "Somalia", "Nairobi")}),
    # A convoy of trucks carrying goods moves goods; animals are goods; relations that plunge are a
    # crisis; suing is a (legal) conflict.
    (
        "A convoy of lorries carrying flour from Jordan crossed into Syria.",
        {("transfer", "Jordan", "Syria")},
    ),
    ("A convoy of buses carrying refugees from Syria reached Lebanon.", {("route", "Syria", "Lebanon")}),
    ("A pair of koalas arrived in Japan from Australia.", {("transfer", "Australia", "Japan")}),
    ("Relations between Chile and Bolivia plunged after the vote.", {("conflict", "Bolivia", "Chile")}),
    ("Ties between Chile and Peru slumped after the ruling.", {("conflict", "Chile", "Peru")}),
    ("Guyana sued Venezuela at the World Court.", {("conflict", "Guyana", "Venezuela")}),
    ("Ukraine is suing Russia over the downing of the airliner.", {("conflict", "Ukraine", "Russia")}),
    # Money sent "by workers in X" comes from X; a subject that is goods is what a verb moves.
    (
        "Money sent home to Lebanon by workers in Qatar fell last year.",
        {("transfer", "Qatar", "Lebanon")},
    ),
    ("Money sent to Cuba by relatives in Spain rose.", {("transfer", "Spain", "Cuba")}),
    # Where people were posted, or arrived from, is where they left for the next place.
    ("Troops stationed in Germany were flown to Poland.", {("route", "Germany", "Poland")}),
    (
        "The Iraqi delegation, which arrived from Baghdad on Sunday, was received in Tehran on Monday.",
        {("route", "Baghdad", "Tehran")},
    ),
    # Goods "bound for X" inside a cargo or shipment: where the cargo goes.
    (
        "A terminal in Lagos loaded a cargo of diesel bound for Ghana.",
        {("transfer", "Lagos", "Ghana")},
    ),
    ("A shipment of cocaine bound for Lisbon left Caracas.", {("transfer", "Caracas", "Lisbon")}),
    # A verb that only frames the movement ("is expected to reach") hands it its subject; a relative
    # clause's "which" is the noun it describes.
    (
        "Officials said the shipment, which left Mombasa last week, is expected to reach Kampala.",
        {("transfer", "Mombasa", "Kampala")},
    ),
    ("A cargo of Iranian fuel is expected to arrive in Cuba.", {("transfer", "Iran", "Cuba")}),
    ("The minister, who left Nairobi on Monday, arrived in Accra.", {("route", "Nairobi", "Accra")}),
    # "destined for X" is "bound for X".
    ("A cargo of arms destined for Libya left Izmir.", {("transfer", "Izmir", "Libya")}),
    ("The tanker left Caracas destined for Havana.", {("route", "Caracas", "Havana")}),
    # Someone prompted, led or pushed to act does the act.
    (
        "Lithuania let Taiwan open an office, prompting China to block imports of Lithuanian goods.",
        {("transfer", "Lithuania", "China")},
    ),
    (
        "The row pushed Kenya to recall its envoy from Uganda.",
        {("conflict", "Kenya", "Uganda"), ("route", "Uganda", "Kenya")},
    ),
    # "and then to X" the parse hangs on a date, a clause of time or a "later": the next stop.
    ("The envoy flew to Lisbon on Monday and then to Paris.", {("route", "Lisbon", "Paris")}),
    ("The minister flew to Lisbon on Monday and later to Paris.", {("route", "Lisbon", "Paris")}),
    (
        "Her family moved to Lisbon from Athens when she was six, and then to Paris, where she trained.",
        {("route", "Athens", "Lisbon"), ("route", "Lisbon", "Paris")},
    ),
    ("They moved to Lisbon in 1990, and then to Paris.", {("route", "Lisbon", "Paris")}),
    # An export noun naming only where the goods go continues the origin of the one before it.
    (
        "Kenya's tea exports to Egypt rose, while shipments to Sudan fell.",
        {("transfer", "Kenya", "Egypt"), ("transfer", "Kenya", "Sudan")},
    ),
    (
        "Egyptian cotton exports to China doubled, and sales to Japan rose by half.",
        {("transfer", "Egypt", "China"), ("transfer", "Egypt", "Japan")},
    ),
    # Goods or people sent to recipients in a named place go there, not to where the recipients are
    # from; a hostile act on an envoy in a place still acts on the envoy's country.
    ("Egypt sent aid to Sudanese refugees in Chad.", {("transfer", "Egypt", "Chad"), ("route", "Sudan", "Chad")}),
    ("Kenya shipped maize to Somali traders in Lisbon.", {("transfer", "Kenya", "Lisbon")}),
    ("Ghana summoned Togo's ambassador in Accra.", {("conflict", "Ghana", "Togo")}),
    # Those who wreck a deal or foil an attack are no party to it.
    ("Rebels accused Syria and Iran of foiling the peace deal.", set()),
    ("Officials said Ghana and Togo had derailed the agreement.", set()),
    ("Kenyan police foiled an attack on Uganda.", set()),
    # A visit to a building or a person is no trip between places.
    ("Lisbon hospital emergency room visits by Athens residents grew.", set()),
    ("Lisbon clinic visits by Athens patients doubled.", set()),
    # A coordinated verb of trade keeps its own "in", which the trip after it left.
    (
        "She sold her home in Athens and moved with her children to an apartment in Lisbon.",
        {("route", "Athens", "Lisbon")},
    ),
    ("He sold his farm in Kenya and moved to Ghana.", {("route", "Kenya", "Ghana")}),
    # A ship docked, moored or based somewhere leaves from there (the tagger may call the participle
    # a past tense); people somewhere head from there.
    ("A navy ship typically docked in Athens will sail to Lisbon in August.", {("route", "Athens", "Lisbon")}),
    ("Troops based in Kenya were flown to Somalia.", {("route", "Kenya", "Somalia")}),
    ("Migrants in Libya are heading to Italy.", {("route", "Libya", "Italy")}),
    # A visit's traveller "of" someone, the parse hanging the "of" on the place visited.
    ("Nothing came of the first visit to Egypt of the new Kenyan foreign minister.", {("route", "Kenya", "Egypt")}),
    ("The trip to Lisbon of a Ghanaian delegation was postponed.", {("route", "Ghana", "Lisbon")}),
    # Returning goods is a transfer; returning people a trip.
    ("Germany returned twenty looted Benin Bronzes to Nigeria.", {("transfer", "Germany", "Nigeria")}),
    ("France returned 26 royal artefacts to Togo last year.", {("transfer", "France", "Togo")}),
    ("Kenya returned its ambassador to Uganda.", {("route", "Kenya", "Uganda")}),
    # Goods unloaded somewhere arrived there.
    ("Dockers unloaded Iranian fuel in Puerto Cabello.", {("transfer", "Iran", "Puerto Cabello")}),
    ("A cargo of Ukrainian maize was offloaded at the port of Cairo.", {("transfer", "Ukraine", "Cairo")}),
    # A package of aid is the aid; the noun's own modifier, not the subject of the verb over it, is
    # whose it is.
    ("Japan announced an aid package for Kenya.", {("transfer", "Japan", "Kenya")}),
    ("Hungary blocked a large Norwegian aid package for Malawi.", {("transfer", "Norway", "Malawi")}),
    (
        "Russia criticised Britain's sanctions on Iran.",
        {("conflict", "Russia", "United Kingdom"), ("conflict", "United Kingdom", "Iran")},
    ),
    # Taking another side to court is a legal dispute (CAMEO 115); taking people somewhere is not, but
    # brings them there.
    ("Ukraine took Russia to court over the downing of the airliner.", {("conflict", "Ukraine", "Russia")}),
    ("Kenya has taken Uganda to an arbitration tribunal in Paris.", {("conflict", "Kenya", "Uganda")}),
    ("Ugandan officials were taken to Nairobi by Kenyan police.", {("route", "Uganda", "Nairobi")}),
    # A rate's "on" is the duty's: "tariffs of 25 percent on X".
    ("Kenya slapped punitive tariffs of up to 30 percent on Ugandan sugar.", {("conflict", "Kenya", "Uganda")}),
    ("Japan set import duties of 40 percent on Korean steel.", {("conflict", "Japan", "Korea")}),
    ("India imposed duties of 20 percent on Chinese steel.", {("conflict", "India", "China")}),
    # Material conflict on another country's people or craft (CAMEO 17-19): arrests, detentions,
    # killings, kidnappings across a border; rammings, downings, blacklistings; vetoes, provocations.
    ("Iran detained a British national on spying charges.", {("conflict", "Iran", "United Kingdom")}),
    ("Russian police arrested two Ukrainian journalists.", {("conflict", "Russia", "Ukraine")}),
    ("Kenyan soldiers killed six Somali fighters.", {("conflict", "Kenya", "Somalia")}),
    ("Iran downed a British drone over the Gulf.", {("conflict", "Iran", "United Kingdom")}),
    ("A Chinese coast guard ship rammed a Japanese vessel.", {("conflict", "China", "Japan")}),
    ("Washington blacklisted three Chinese firms.", {("conflict", "Washington", "China")}),
    ("Russia provoked Poland with repeated airspace violations.", {("conflict", "Russia", "Poland")}),
    # ... not between towns (local news), nor where the detained are (a participle)
    ("Police in Athens arrested a Lisbon man.", set()),
    ("Migrants detained in Libya were flown to Italy.", {("route", "Libya", "Italy")}),
    # A mediator is tied to each side, and the sides to each other.
    (
        "Turkey mediated between Russia and Ukraine.",
        {("tie", "Russia", "Turkey"), ("tie", "Turkey", "Ukraine"), ("tie", "Russia", "Ukraine")},
    ),
    # "he" or "she" in what a titled speaker says is the speaker, whose country is the traveller's.
    ("Kenya's foreign minister said she would fly to Accra next week.", {("route", "Kenya", "Accra")}),
    ("The Egyptian president said he had travelled to Khartoum twice.", {("route", "Egypt", "Khartoum")}),
    # An event's place says where it was, not where the people "of" it are from; a delegation's is theirs.
    ("Organizers of a Lisbon rally thanked Canada for its support.", set()),
    ("Fans of the Athens festival praised Egypt.", set()),
    ("The leader of the Iranian delegation thanked Venezuela.", {("tie", "Iran", "Venezuela")}),
    # Agreeing that something else is so shares a view; agreeing to act, or with someone, is a tie.
    ("The mayors of Athens and Lisbon all agreed that the lights should stay off.", set()),
    ("Officials in Kenya and Uganda concurred that the figures were wrong.", set()),
    ("Kenya and Uganda agreed that they would build a railway.", {("tie", "Kenya", "Uganda")}),
    ("Kenya agreed with Uganda that the border should stay open.", {("tie", "Kenya", "Uganda")}),
    # A relation that is marred is a conflict; mercenaries abroad came from home.
    ("The row marred Egyptian relations with Sudan.", {("conflict", "Egypt", "Sudan")}),
    ("Russian mercenaries in Libya fought for the rebels.", {("route", "Russia", "Libya")}),
    # Shutting another country's mission reduces relations (CAMEO 161); shutting a border with a
    # neighbour restricts its people's movement (CAMEO 191, below); shutting a shop is no cue.
    ("China shut the British embassy in Beijing.", {("conflict", "China", "United Kingdom")}),
    ("The Kenyan consulate in Lagos was closed by Nigeria.", {("conflict", "Nigeria", "Kenya")}),
    ("Kenya closed the border with Somalia for a week.", {("conflict", "Kenya", "Somalia")}),
    ("Kenya closed a shop in Somalia.", set()),
    # Releasing money or aid to a place sends it there; releasing a record does not.
    ("Japan released 2 billion dollars in aid to Kenya.", {("transfer", "Japan", "Kenya")}),
    ("Kenya released the funds to Uganda on Monday.", {("transfer", "Kenya", "Uganda")}),
    ("The band released an album in France and Germany.", set()),
    # Someone deported or extradited from where the sentence has them live.
    ("She lived in Germany for ten years before she was deported to Turkey.", {("route", "Germany", "Turkey")}),
    ("He worked in Kenya until he was extradited to Uganda.", {("route", "Kenya", "Uganda")}),
    # Someone a relative clause has arrive is then where the main clause puts them.
    (
        "A Kenyan nurse who had just arrived from Lisbon was isolated at Nairobi airport, officials said.",
        {("route", "Lisbon", "Nairobi")},
    ),
    ("A Ghanaian student who had returned from Paris was quarantined in Accra.", {("route", "Paris", "Accra")}),
    # A traveller's town inside the sentence's setting is the more specific end.
    (
        "In Kenya, doctors are tracing contacts of a Nairobi woman who fell ill after returning from Lisbon.",
        {("route", "Lisbon", "Nairobi")},
    ),
    ("In Greece, an Athens man who had returned from Cairo tested positive.", {("route", "Cairo", "Athens")}),
    # Who draws or faces a hostile act is its target; "from X" acts.
    ("Russia faced condemnation from Ukraine.", {("conflict", "Ukraine", "Russia")}),
    ("Egypt attracted criticism from Sudan over the dam.", {("conflict", "Sudan", "Egypt")}),
    # (not backwards: an export told before the one that names its origin keeps none)
    ("Exports to Egypt rose after Kenya's shipments to Sudan fell.", {("transfer", "Kenya", "Sudan")}),
    # A visitor is where the sentence is set, by "In X," or by a fronted participle of speaking.
    ("In Accra, the visiting Kenyan trade minister praised the new port.", {("route", "Kenya", "Accra")}),
    (
        "Speaking to reporters in Lima on Monday, the visiting Chilean president praised the talks.",
        {("route", "Chile", "Lima")},
    ),
    ("Addressing parliament in Oslo, the visiting Egyptian leader said little.", {("route", "Egypt", "Oslo")}),
    # (a speaker who is no visitor travels nowhere)
    ("Speaking in Nairobi, the Kenyan minister praised the new port.", set()),
    # What a hostile act hits, with the act as the subject; it is not itself stopped by "cut off".
    ("American sanctions have crippled Iran's economy.", {("conflict", "United States", "Iran")}),
    ("Chinese tariffs hurt Japanese farmers.", {("conflict", "China", "Japan")}),
    ("Israel's blockade cut off Gaza from the world.", {("conflict", "Israel", "Gaza")}),
    # (a friendly act that hits something is no conflict)
    ("The Kenyan deal hit Ugandan farmers.", set()),
    # Part of the goods told before, sent on from where they came; part of the travellers, going on.
    ("Ukraine exported grain in March, much of it shipped to Egypt.", {("transfer", "Ukraine", "Egypt")}),
    ("Brazil sold 3 million tonnes of soy, most of which went to China.", {("transfer", "Brazil", "China")}),
    ("Thousands of migrants left Libya in May, many of them heading to Italy.", {("route", "Libya", "Italy")}),
    ("Refugees fled to Kenya, and some later moved to Uganda.", {("route", "Kenya", "Uganda")}),
    # (goods with no stated origin give none)
    ("Kenya imported wheat, much of it shipped to Nairobi.", set()),
    # Anything done jointly is cooperation between those who do it.
    ("Kenya and Uganda issued a joint statement on Friday.", {("tie", "Kenya", "Uganda")}),
    ("Egypt and Sudan began producing gas jointly.", {("tie", "Egypt", "Sudan")}),
    ("Universities in Lagos and Accra launched a joint research centre.", {("tie", "Accra", "Lagos")}),
    # (a joint act of one side alone links nothing)
    ("The Kenyan joint chiefs met in Nairobi.", set()),
    # "The two countries" are the last two places named before, a town counting as the country named
    # with it.
    (
        "Kenya welcomed a Ugandan delegation to Mombasa, and the two countries signed a trade deal.",
        {("route", "Uganda", "Mombasa"), ("tie", "Kenya", "Uganda")},
    ),
    (
        "Egypt hosted Sudanese envoys in Cairo, and both governments later signed a pact.",
        {("route", "Sudan", "Cairo"), ("tie", "Egypt", "Sudan")},
    ),
    # A country's own service leaves from it, and goods a line carried left from the line's country.
    ("Egypt's ferry service to Izmir resumed.", {("route", "Egypt", "Izmir")}),
    (
        "Ukraine's grain corridor carried 33 million tonnes of food to Egypt and Kenya.",
        {("transfer", "Ukraine", "Egypt"), ("transfer", "Ukraine", "Kenya")},
    ),
    # A count of people received or imported is their trip, whatever the verb (a bought carrier is goods).
    ("Kenya receives thousands of refugees from Somalia each year.", {("route", "Somalia", "Kenya")}),
    ("Germany imported hundreds of nurses from Ghana.", {("route", "Ghana", "Germany")}),
    # The reason for an act on someone is their deed, not the subject's.
    (
        "Egypt criticised Sudan over arms shipments to Libya.",
        {("conflict", "Egypt", "Sudan"), ("transfer", "Sudan", "Libya")},
    ),
    ("Japan thanked Kenya for tea exports to Egypt.", {("tie", "Japan", "Kenya"), ("transfer", "Kenya", "Egypt")}),
    ("Kenya praised Uganda for exports to Sudan.", {("tie", "Kenya", "Uganda"), ("transfer", "Uganda", "Sudan")}),
    # Money poured into a place is goods sent there; people pouring in travel.
    ("Japanese investors poured billions into Vietnam last year.", {("transfer", "Japan", "Vietnam")}),
    ("Refugees poured into Poland from Ukraine.", {("route", "Ukraine", "Poland")}),
    # Goods bound for a place, carried on a trip that left from another: one transfer.
    (
        "The ship left the port of Izmir carrying 30,000 tonnes of corn bound for Lisbon.",
        {("transfer", "Izmir", "Lisbon")},
    ),
    ("A convoy carrying flour bound for Khartoum left Cairo on Monday.", {("transfer", "Cairo", "Khartoum")}),
    # Recalling an envoy reduces relations with where the envoy served; recalling troops does not.
    ("Kenya recalled its ambassador to Uganda.", {("conflict", "Kenya", "Uganda")}),
    ("Kenya recalled its troops from Somalia.", set()),
    # Marbles and statues returned are goods.
    ("Britain will return the ancient marbles to Greece.", {("transfer", "United Kingdom", "Greece")}),
    # A sea is where a hostile act happened, not whom it hit, when the act names whom.
    ("Iran seized a Greek tanker in the Mediterranean on Friday.", {("conflict", "Iran", "Greece")}),
    # A sum pledged or sent "in investment" or "in aid" to a place is one transfer.
    ("Japan pledged $3 billion in investment in Kenya.", {("transfer", "Japan", "Kenya")}),
    # Who intercepts or downs what was fired from a place was its target.
    ("Israel shot down rockets fired from Lebanon.", {("conflict", "Lebanon", "Israel")}),
    ("Egypt intercepted two missiles fired from Sudan on Monday.", {("conflict", "Sudan", "Egypt")}),
    # A deal "that X signed with Y": the clause's "with" is the deal's partner; asylum seekers travel.
    (
        "Kenya moved asylum seekers to Uganda under a deal that Nairobi signed with Kampala last year.",
        {("route", "Kenya", "Uganda"), ("tie", "Kampala", "Nairobi")},
    ),
    ("The ties that Ghana built with Togo are strong.", {("tie", "Ghana", "Togo")}),
    # Strikes "near" a place hit it; the act's relative clause hung on that place still says who acted.
    (
        "The strikes near Donetsk, which Russian jets carried out on Sunday, were the heaviest in weeks.",
        {("conflict", "Russia", "Donetsk")},
    ),
    ("Russian shelling near Kyiv killed two people.", {("conflict", "Russia", "Kyiv")}),
    # A trade remedy ("anti-dumping", "countervailing") is a trade dispute whatever noun it marks.
    ("Beijing opened an anti-dumping investigation into French brandy.", {("conflict", "Beijing", "France")}),
    ("Japan started an anti-dumping probe into Korean chemicals.", {("conflict", "Japan", "Korea")}),
    ("Britain imposed countervailing duties on Chinese steel.", {("conflict", "United Kingdom", "China")}),
    # Where a participle of arriving puts the mover, inside where it was sent, is the more specific end.
    (
        "Egypt sent a contingent of doctors to Sudan on Monday, landing at Khartoum's main airport.",
        {("route", "Egypt", "Khartoum")},
    ),
    ("Ghana flew 200 peacekeepers to Lebanon on Friday, arriving in Beirut at dawn.", {("route", "Ghana", "Beirut")}),
    # Teams named by their countries play: no tie or conflict in a sentence about a game.
    ("Ghana beat Kenya by 30 runs in Accra, and the two sides meet again in Nairobi next week.", set()),
    ("Peru and Chile will meet in the tournament final in Lima.", set()),
    # "The two governments" are two places that have one: no town that is no capital.
    (
        "Officials from Uganda met in Mombasa, and the two governments will sign a deal.",
        {("route", "Uganda", "Mombasa")},
    ),
    # A round of talks is the talks: its holders are the parties.
    ("Egypt and Sudan held a new round of talks in Cairo.", {("route", "Sudan", "Cairo"), ("tie", "Egypt", "Sudan")}),
    (
        "Kenya and Uganda held a second round of talks in Lisbon.",
        {("route", "Kenya", "Lisbon"), ("route", "Uganda", "Lisbon"), ("tie", "Kenya", "Uganda")},
    ),
    # Sent to a place named as the indirect object; goods loaded somewhere left from there.
    ("Berlin pledged to send Kyiv two more air-defence systems.", {("transfer", "Berlin", "Kyiv")}),
    ("Diesel loaded at Izmir was delivered to the Kenyan port of Mombasa.", {("transfer", "Izmir", "Mombasa")}),
    # "We" in what a titled speaker says is the speaker's country.
    (
        '"We will deploy 900 troops to Lithuania next year," the British defence secretary said.',
        {("route", "United Kingdom", "Lithuania")},
    ),
    (
        '"We are ready to send peacekeepers to Sudan," the Kenyan president told reporters.',
        {("route", "Kenya", "Sudan")},
    ),
    # Diplomats expelled "from" other countries come from them: those countries are the target.
    (
        "Venezuela ordered the expulsion of diplomats from seven countries, including Argentina and Peru.",
        {("conflict", "Venezuela", "Argentina"), ("conflict", "Venezuela", "Peru")},
    ),
    (
        "Moscow expelled diplomats from Lithuania and Poland.",
        {("conflict", "Moscow", "Lithuania"), ("conflict", "Moscow", "Poland")},
    ),
    # (but a town of the expelling state's own is only where they served)
    ("Beijing expelled a Kenyan consul from Wuhan.", {("conflict", "Beijing", "Kenya")}),
    # A measure a state enacts, with the clause hung on the measure's object.
    (
        "The tariffs on 1,400 Chinese products, which Mexico approved in a decree, start in May.",
        {("conflict", "Mexico", "China")},
    ),
    ("Sanctions on Iranian banks, which Washington imposed in May, were lifted.", {("conflict", "Washington", "Iran")}),
    # Warheads moved and wheat trucked are goods; part of the imports re-exported left the importer.
    ("Russia moved tactical nuclear warheads to Belarus in 2023.", {("transfer", "Russia", "Belarus")}),
    ("The wheat will be trucked from Mombasa to Kampala.", {("transfer", "Mombasa", "Kampala")}),
    (
        "Armenia's imports of phones from Turkey tripled, and most of them were re-exported to Russia.",
        {("transfer", "Turkey", "Armenia"), ("transfer", "Armenia", "Russia")},
    ),
    # Goods handed (back) to a place went there; visas handed out are no goods.
    ("The Dutch government handed back looted artefacts to Indonesia.", {("transfer", "Netherlands", "Indonesia")}),
    ("Germany handed the stolen paintings to Greece.", {("transfer", "Germany", "Greece")}),
    ("Officials in Athens handed out visas to migrants from Syria.", set()),
    # Rescuers, firefighters and other people sent abroad travel; they are no goods.
    ("Kenyan rescuers were sent to Turkey after the earthquake.", {("route", "Kenya", "Turkey")}),
    ("Cuba sent firefighters to Chile.", {("route", "Cuba", "Chile")}),
    # A count of people hosted or welcomed is their trip, not goods ("millions" as money).
    ("Turkey hosts millions of Syrian refugees.", {("route", "Syria", "Turkey")}),
    ("Kenya welcomed hundreds of Somali students.", {("route", "Somalia", "Kenya")}),
    # Goods or people passing a town inside where they go went there, the more specific end.
    (
        "Weapons supplied by Iran were crossing into Syria through Latakia.",
        {("transfer", "Iran", "Latakia")},
    ),
    ("Kenyan tea reaches Turkey through the port of Izmir.", {("transfer", "Kenya", "Izmir")}),
    # A country's armed forces harm a town as well as a country; police do not (local news).
    ("Russian soldiers killed dozens of civilians in Donetsk.", {("conflict", "Russia", "Donetsk")}),
    ("Ethiopian troops detained aid workers in Khartoum.", {("conflict", "Ethiopia", "Khartoum")}),
    ("Police in Athens detained two men in Lisbon.", set()),
    # Resettled people come from where they live now to the place that takes them in.
    ("Canada will resettle Afghan refugees now living in Pakistan.", {("route", "Pakistan", "Canada")}),
    ("Germany resettled 500 Syrian refugees from Lebanon.", {("route", "Lebanon", "Germany")}),
    # "The two cities" are the last two towns named, not the country around one.
    (
        "A delegation from Lima, Peru, arrived in Quito to mark the anniversary of the two cities' twinning agreement.",
        {("route", "Lima", "Quito"), ("tie", "Lima", "Quito")},
    ),
    # (a pair noun with places of its own names them, not the two before it)
    (
        "Officials in Lagos said the airline flies between Cairo and two Greek cities, Athens and Izmir.",
        {("route", "Athens", "Cairo"), ("route", "Cairo", "Izmir")},
    ),
    # A bus, coach or train from one place to another is a service between them.
    ("A bus from Lagos to Accra crashed on Monday.", {("route", "Lagos", "Accra")}),
    ("The operator will add a late-night coach from Lisbon to Madrid.", {("route", "Lisbon", "Madrid")}),
    ("The night train between Paris and Berlin was cancelled.", {("route", "Berlin", "Paris")}),
    # (a coach of a team is a person, who travels by the verb)
    ("The Kenyan coach praised the fans in Lagos.", set()),
    # A list of stops told as what comes next is their order.
    (
        "The minister flew to Nairobi and then travelled on to Kampala and Addis Ababa.",
        {("route", "Nairobi", "Kampala"), ("route", "Kampala", "Addis Ababa")},
    ),
    (
        "The envoy will fly from Lisbon to Madrid and then continue to Paris, Berlin and Warsaw.",
        {
            ("route", "Lisbon", "Madrid"),
            ("route", "Madrid", "Paris"),
            ("route", "Paris", "Berlin"),
            ("route", "Berlin", "Warsaw"),
        },
    ),
    # Stops told in order are one trip whatever the verb.
    (
        "The authorities deported him from Lisbon to Madrid, and later to Paris.",
        {("route", "Lisbon", "Madrid"), ("route", "Madrid", "Paris")},
    ),
    (
        "Police transferred the suspect from Athens to Cairo and then to Khartoum.",
        {("route", "Athens", "Cairo"), ("route", "Cairo", "Khartoum")},
    ),
    # Carried or flown "home": to the travellers' own place.
    ("Chartered flights carried 180 Kenyan workers home from Doha on Thursday.", {("route", "Doha", "Kenya")}),
    ("The Ghanaian minister flew home from Tokyo.", {("route", "Tokyo", "Ghana")}),
    # "Having spent years in X", the traveller left from X.
    ("Having spent a decade in Lima as a correspondent, she moved to Madrid.", {("route", "Lima", "Madrid")}),
    ("Having lived in Cairo for years, the family returned to Athens.", {("route", "Cairo", "Athens")}),
    # "neighbouring X" read as a participle and its object is still the verb's object.
    ("Kenya sued neighbouring Uganda over the lake.", {("conflict", "Kenya", "Uganda")}),
    ("Peru sued neighbouring Chile at The Hague.", {("conflict", "Peru", "Chile")}),
    # A sum of money, or water, sent is goods.
    ("Egypt sent $250,000 in relief funds to Sudan.", {("transfer", "Egypt", "Sudan")}),
    ("Kenya gave 3 million euros in aid to Somalia.", {("transfer", "Kenya", "Somalia")}),
    ("The railway moved 2 million litres of water from Nairobi to Mombasa.", {("transfer", "Nairobi", "Mombasa")}),
    # "Its" in the reason for an act on a place is that place's, and its deed is an act of its own.
    (
        "Britain imposed new sanctions on Iran over its supply of drones to Russia.",
        {("conflict", "United Kingdom", "Iran"), ("transfer", "Iran", "Russia")},
    ),
    (
        "Washington sanctioned Moscow over its invasion of Ukraine.",
        {("conflict", "Washington", "Moscow"), ("conflict", "Moscow", "Ukraine")},
    ),
    (
        "China criticised Japan for its arms sales to Taiwan.",
        {("conflict", "China", "Japan"), ("transfer", "Japan", "Taiwan")},
    ),
    ("Kenya praised Uganda for its exports to Sudan.", {("tie", "Kenya", "Uganda"), ("transfer", "Uganda", "Sudan")}),
    # (elsewhere "its" is the subject's: "accused Russia of meddling in its elections")
    (
        "Washington accused Russia of meddling in its elections.",
        {("conflict", "Washington", "Russia"), ("conflict", "Russia", "Washington")},
    ),
    # Recognising or joining what a place owns ties to that place.
    ("France recognised Morocco's plan for the region.", {("tie", "France", "Morocco")}),
    ("Kenya recognised the Somali government.", {("tie", "Kenya", "Somalia")}),
    # (a sea is no party to a tie)
    ("Greece praised the Mediterranean cooperation plan.", set()),
    # A party's own town among the parties of a tie is that party.
    (
        "Egypt exports cotton to Sudan under an accord signed between the two governments in Khartoum.",
        {("transfer", "Egypt", "Sudan"), ("tie", "Egypt", "Sudan")},
    ),
    # A trip made "after" a trip to another place starts there.
    ("The minister flew to Lisbon after a three-day trip to Madrid.", {("route", "Madrid", "Lisbon")}),
    (
        "The Kenyan envoy flew to Paris after a visit to Japan.",
        {("route", "Kenya", "Japan"), ("route", "Japan", "Paris")},
    ),
    # (told the other way round, "before", the stops come in text order)
    ("The minister flew to Lisbon before a visit to Madrid.", {("route", "Lisbon", "Madrid")}),
    # Goods "bound for" or "destined for" a place go there; a carrier bound somewhere names no start.
    ("Officials seized Colombian cocaine bound for Madrid.", {("transfer", "Colombia", "Madrid")}),
    ("Russian oil destined for India was loaded at the port.", {("transfer", "Russia", "India")}),
    ("Grain from Ukraine bound for Egypt was delayed.", {("transfer", "Ukraine", "Egypt")}),
    ("A tanker bound for Syria was seized on Monday.", set()),
    # An attack "inside" a place hits it.
    ("Pakistani jets carried out strikes inside Afghanistan.", {("conflict", "Pakistan", "Afghanistan")}),
    ("Israel launched raids deep inside Lebanon.", {("conflict", "Israel", "Lebanon")}),
    # Recipients of a country "in X", inside it, with "in X" hung on the verb: the goods or people
    # went to X.
    ("Cuba sent doctors to Venezuelan clinics in Caracas.", {("route", "Cuba", "Caracas")}),
    ("Japan sent engineers to Kenyan ports in Mombasa.", {("route", "Japan", "Mombasa")}),
    # Travellers of several places reach one, from which some go on; a later traveller does not.
    (
        "Migrants from Kenya and Uganda crossed into Sudan, many of them hoping to go on to Egypt.",
        {("route", "Kenya", "Sudan"), ("route", "Uganda", "Sudan"), ("route", "Sudan", "Egypt")},
    ),
    (
        "Kenyan and Ugandan officials flew to Cairo. Abebe later travelled to Lisbon.",
        {("route", "Kenya", "Cairo"), ("route", "Uganda", "Cairo")},
    ),
    # A firm "X-based" sits in X: its goods leave from X, and an act on it hits X; it is no party to a
    # tie and no actor of a conflict.
    ("Two Mombasa-based firms shipped drone parts to Iran last year.", {("transfer", "Mombasa", "Iran")}),
    ("A Beirut-headquartered airline flew the cargo to Caracas.", {("transfer", "Beirut", "Caracas")}),
    ("The United States sanctioned three Izmir-based companies.", {("conflict", "United States", "Izmir")}),
    ("Russia blacklisted a Mombasa-based shipping firm.", {("conflict", "Russia", "Mombasa")}),
    ("The Lagos-based company signed a supply deal with Angola.", set()),
    ("The Beirut-based group attacked Israel.", set()),
    # Soldiers of one country in another are deployed there; at home they are not.
    ("The presence of Cuban troops in Venezuela worried the opposition.", {("route", "Cuba", "Venezuela")}),
    ("Iranian fighters in Syria were hit by an air strike.", {("route", "Iran", "Syria")}),
    ("Ukrainian soldiers in Kyiv held a parade.", set()),
    ("Turkish soldiers patrolled the streets.", set()),
    # "Shifted" is a trip only for someone or something that moves.
    ("The patient was shifted from Caracas to Bogota by air ambulance.", {("route", "Caracas", "Bogota")}),
    ("Police shifted the two inmates from Lagos to Luanda.", {("route", "Lagos", "Luanda")}),
    ("Attention shifted from Iran to Iraq.", set()),
    ("The debate shifted from Cuba to Venezuela.", set()),
    # A noun's own "from X" is where the move starts, not the subject of the verb it hangs on.
    ("A court in Lagos halted the transfer of the prisoner from Caracas to Bogota.", {("route", "Caracas", "Bogota")}),
    (
        "Officials in Luanda blocked the deportation of the migrants from Spain to Colombia.",
        {("route", "Spain", "Colombia")},
    ),
    # Goods made somewhere and flown on (the passive's subject) leave from where they were made.
    ("Vaccines produced in India were flown to Ghana on Monday.", {("transfer", "India", "Ghana")}),
    ("Spare parts made in Turkey were flown to Libya.", {("transfer", "Turkey", "Libya")}),
    # Who gave goods ("donated by X", "collected by pupils in X") is where they come from, as a
    # demonym would say; a thing that is not goods moves no goods.
    ("Aid donated by Norway arrived in Angola on Monday.", {("transfer", "Norway", "Angola")}),
    ("Food parcels packed by volunteers in Izmir were sent to Syria.", {("transfer", "Izmir", "Syria")}),
    ("Crates of textbooks collected by pupils in Lagos arrived in Luanda.", {("transfer", "Lagos", "Luanda")}),
    ("A report written by experts in Beirut was sent to Cuba.", set()),
    # Money disbursed goes from the lender to the borrower.
    ("Japan disbursed a loan of 1 billion dollars to Laos.", {("transfer", "Japan", "Laos")}),
    ("China disbursed 300 million dollars to Angola for the railway.", {("transfer", "China", "Angola")}),
    # A hyphenated pair on a trip noun is a service between the two, undirected, not a trip.
    ("Ferry crossings on the Lagos-Accra route were suspended.", {("route", "Accra", "Lagos")}),
    ("Boat crossings on the Lome-Accra route resumed on Monday.", {("route", "Accra", "Lome")}),
    ("The Lagos-Accra railway will open in 2030.", {("route", "Accra", "Lagos")}),
    # "in X" right after a "from" phrase is where the trip left from, wherever the parse hangs it.
    # (the small model hangs "in Bogota" on "transferred" here)
    (
        "The patient was transferred from Mercy Hospital in Bogota to a clinic in Caracas.",
        {("route", "Bogota", "Caracas")},
    ),
    ("The inmate was moved from the state prison in Lagos to a jail in Accra.", {("route", "Lagos", "Accra")}),
    # An envoy recalled "from" a place travels home, beside the recall's conflict.
    (
        "Bolivia recalled its ambassador from Madrid for consultations.",
        {("conflict", "Bolivia", "Madrid"), ("route", "Madrid", "Bolivia")},
    ),
    (
        "Moscow recalled its ambassador from Washington on Friday.",
        {("conflict", "Moscow", "Washington"), ("route", "Washington", "Moscow")},
    ),
    # Money sent home by a place's people abroad goes from where they are to their country.
    ("Remittances sent home by Venezuelans working in Colombia rose.", {("transfer", "Colombia", "Venezuela")}),
    ("Cubans in Spain sent home 300 million dollars last year.", {("transfer", "Spain", "Cuba")}),
    # A place left "to" do something is where the trip began.
    ("Hundreds of Venezuelans have left Colombia to return to Venezuela.", {("route", "Colombia", "Venezuela")}),
    ("Thousands of Syrians left Lebanon to return to Syria last year.", {("route", "Lebanon", "Syria")}),
    # Fighters "in" a place act from it.
    ("Militants in Gaza fired rockets at Israel.", {("conflict", "Gaza", "Israel")}),
    ("Rebels in Syria attacked Turkish troops near the border.", {("conflict", "Syria", "Turkey")}),
    # Hosts who receive a guest for talks talk with the guest's country; a trip for talks is no tie.
    (
        "Venezuela's president welcomed his Cuban counterpart to Caracas for talks.",
        {("route", "Cuba", "Caracas"), ("tie", "Cuba", "Venezuela")},
    ),
    (
        "The Russian president hosted his Syrian counterpart in Moscow for talks.",
        {("route", "Syria", "Moscow"), ("tie", "Russia", "Syria")},
    ),
    ("Iranian officials travelled to Moscow for talks.", {("route", "Iran", "Moscow")}),
    # A buyer's possessor is who sells to it; its subject, who buys.
    ("China is Brazil's largest buyer of soybeans.", {("transfer", "Brazil", "China")}),
    ("India became the biggest buyer of Russian oil.", {("transfer", "Russia", "India")}),
    ("Japan is the top buyer for Iranian oil.", {("transfer", "Iran", "Japan")}),
    # An island is a place one goes to, not a broad region a later stop would refine.
    ("Migrants sailed to Lesbos from Turkey.", {("route", "Turkey", "Lesbos")}),
    ("Tourists flew from Athens to Lesbos on Friday.", {("route", "Athens", "Lesbos")}),
    # Joined by "-to-", the first is where the trips or the goods start.
    ("The Lagos-to-Accra ferry was cancelled on Tuesday.", {("route", "Lagos", "Accra")}),
    ("The airline resumed its Caracas-to-Havana flights.", {("route", "Caracas", "Havana")}),
    ("Iran-to-Syria arms shipments rose last year.", {("transfer", "Iran", "Syria")}),
    # "Pushed" moves people only with an object that moves; an advance or a push to act moves no one.
    (
        "Pakistani police pushed 200 migrants back across the border into Afghanistan.",
        {("route", "Pakistan", "Afghanistan")},
    ),
    ("Turkish soldiers pushed the refugees across into Syria.", {("route", "Turkey", "Syria")}),
    ("Greek coastguards pushed the asylum seekers back to Turkey.", {("route", "Greece", "Turkey")}),
    ("Kenyan troops pushed into Somalia.", set()),
    ("The rains pushed prices in Kenya to record highs.", set()),
    # What was built, made or assembled somewhere is a product: its move is a transfer.
    ("Fuselage sections built in Izmir were flown to Mombasa.", {("transfer", "Izmir", "Mombasa")}),
    ("Turbine blades made in Izmir reached Mombasa on Monday.", {("transfer", "Izmir", "Mombasa")}),
    ("Children raised in Lagos moved to London.", {("route", "Lagos", "London")}),
    # Babies, pupils and sportspeople are people: their moves are routes.
    ("A critically ill baby was airlifted from Mombasa to a hospital in Nairobi.", {("route", "Mombasa", "Nairobi")}),
    ("An injured boxer was flown from Lima to Quito on Sunday.", {("route", "Lima", "Quito")}),
    # A step whose subject is the clause's it hangs on ("and crossed", "before returning") goes on
    # from the trip that clause told; not from a trip of an earlier sentence.
    (
        "More than 2,000 families fled Darfur over the weekend and crossed into Chad.",
        {("route", "Darfur", "Chad")},
    ),
    ("Hundreds of families fled Idlib and crossed into Turkey.", {("route", "Idlib", "Turkey")}),
    (
        "A man from Lagos drove to Accra on Monday. The exhibition made its debut this spring and will return to Quito.",
        {("route", "Lagos", "Accra")},
    ),
    # Where people sheltered, lived or were stranded (a participle or a relative clause) is where
    # they leave from.
    ("Thousands of Ukrainians who had sheltered in Poland have returned to Kyiv.", {("route", "Poland", "Kyiv")}),
    ("Syrians sheltering in Lebanon returned to Damascus last month.", {("route", "Lebanon", "Damascus")}),
    ("Syrians sheltering in Lebanon were flown to Germany.", {("route", "Lebanon", "Germany")}),
    # Receiving people is their coming: from where they came, or their country.
    ("Chad has received 600,000 refugees from Sudan since the war began.", {("route", "Sudan", "Chad")}),
    ("Lebanon has received more than a million Syrian refugees.", {("route", "Syria", "Lebanon")}),
    # Goods of a country bound for a place and shipped from a port go from the port.
    ("Kenyan tea bound for Egypt was shipped from Mombasa on Friday.", {("transfer", "Mombasa", "Egypt")}),
    ("Turkish steel bound for Libya was shipped on Friday.", {("transfer", "Turkey", "Libya")}),
    # Senders "from X" or "in X" send from X.
    ("Volunteers from Izmir have sent three ambulances to Kyiv.", {("transfer", "Izmir", "Kyiv")}),
    ("Pupils in Lagos sent 300 books to Malawi.", {("transfer", "Lagos", "Malawi")}),
    # A comparison of two sources or two buyers names two links.
    (
        "Japan imported more gas from Qatar than from Australia last year.",
        {("transfer", "Qatar", "Japan"), ("transfer", "Australia", "Japan")},
    ),
    (
        "Kenya exported more tea to Pakistan than to Egypt.",
        {("transfer", "Kenya", "Pakistan"), ("transfer", "Kenya", "Egypt")},
    ),
    # Landing "on" a shore or an island is arriving there.
    ("Refugees who sailed from Bangladesh landed on a beach in Indonesia.", {("route", "Bangladesh", "Indonesia")}),
    ("Refugees from Eritrea landed on a beach in Italy.", {("route", "Eritrea", "Italy")}),
    # "Such as" names the members of the noun before it, as "including" does.
    (
        "There are 3,000 Kenyan fighters in war zones such as Somalia and Sudan.",
        {("route", "Kenya", "Somalia"), ("route", "Kenya", "Sudan")},
    ),
    (
        "Migrants from countries such as Syria and Iraq arrived in Greece.",
        {("route", "Syria", "Greece"), ("route", "Iraq", "Greece")},
    ),
    # Goods grown, made or loaded somewhere "and" shipped or flown on leave from there.
    ("The roses are grown in Kenya and flown to London.", {("transfer", "Kenya", "London")}),
    ("The coffee is harvested in Ethiopia and shipped to Italy.", {("transfer", "Ethiopia", "Italy")}),
    ("Most cargoes were loaded at Turkish ports and shipped to Libya.", {("transfer", "Turkey", "Libya")}),
    ("The workers were trained in Manila and flown to Doha.", {("route", "Manila", "Doha")}),
    # Coming back from a visit leaves where the visit went, as the visit went there.
    (
        "Ghana's president returned from a three-day state visit to Lome on Friday.",
        {("route", "Ghana", "Lome"), ("route", "Lome", "Ghana")},
    ),
    (
        "The Kenyan minister returned from a visit to Kampala on Sunday.",
        {("route", "Kenya", "Kampala"), ("route", "Kampala", "Kenya")},
    ),
    # A town the parse hangs on its country ("Cox's Bazar, Bangladesh") is the more specific end.
    (
        "Rohingya refugees fled by boat to Indonesia from camps in Cox's Bazar, Bangladesh.",
        {("route", "Cox's Bazar", "Indonesia")},
    ),
    (
        "Refugees from camps in Cox's Bazar, Bangladesh, arrived in Indonesia on Sunday.",
        {("route", "Cox's Bazar", "Indonesia")},
    ),
    # A departure and a heading joined in one clause are one trip.
    ("Coastguards stopped a boat that left Libya and was heading for Italy.", {("route", "Libya", "Italy")}),
    ("The convoy left Nairobi and was heading for Kampala.", {("route", "Nairobi", "Kampala")}),
    # "Set sail" is a departure, as "made their way" is a trip, in a relative clause too.
    ("The fleet set sail from Lisbon for Luanda.", {("route", "Lisbon", "Luanda")}),
    ("Refugees who set sail from Myanmar landed on a beach in Indonesia.", {("route", "Myanmar", "Indonesia")}),
    # Stopping visas for a place's people is a ban aimed at them; issuing them is no relation.
    (
        "Kuwait suspended the issuing of new work visas to Pakistani workers on Friday.",
        {("conflict", "Kuwait", "Pakistan")},
    ),
    ("Japan halted visas for Chinese tourists.", {("conflict", "Japan", "China")}),
    ("Kuwait issued 5,000 work visas to Indian workers.", set()),
    # Part of goods made somewhere ("much of the lithium mined in Chile") comes from there.
    ("Much of the lithium mined in Chile is shipped to Chinese refineries.", {("transfer", "Chile", "China")}),
    ("Most of the coffee grown in Ethiopia is exported to Germany.", {("transfer", "Ethiopia", "Germany")}),
    # Exports "with much of them bound for" places go there.
    (
        "Kenyan growers exported a record 17 million cartons last season, with much of the fruit bound for the "
        "Netherlands and Russia.",
        {("transfer", "Kenya", "Netherlands"), ("transfer", "Kenya", "Russia")},
    ),
    # Expulsions between two places are a conflict between them.
    ("The expulsions between Lithuania and Belarus continued.", {("conflict", "Belarus", "Lithuania")}),
    ("Tit-for-tat expulsions between Russia and Poland emptied both embassies.", {("conflict", "Poland", "Russia")}),
    # Goods posted or mailed move; people posted somewhere travel; buyers in a place receive.
    (
        "The cannabis had been posted from addresses in Lagos to buyers in Accra and Lome.",
        {("transfer", "Lagos", "Accra"), ("transfer", "Lagos", "Lome")},
    ),
    ("The gang mailed heroin from Lagos to London.", {("transfer", "Lagos", "London")}),
    ("Twelve diplomats were posted from Moscow to Warsaw.", {("route", "Moscow", "Warsaw")}),
    # Where a museum or a collector held a thing is where it comes from when it is handed back.
    (
        "Twenty-nine bronzes held by a museum in Berlin were handed back to Nigeria.",
        {("transfer", "Berlin", "Nigeria")},
    ),
    (
        "The statues, which had been held by a museum in Paris for a century, were returned to Mali.",
        {("transfer", "Paris", "Mali")},
    ),
    # Animals moved are a transfer.
    ("Twenty lions were flown from Kenya to Uganda.", {("transfer", "Kenya", "Uganda")}),
    # Phrasal verbs of leaving: "set off for", "set out from", "pulled out of".
    (
        "The Kenyan foreign minister will set off for Cairo on Sunday before heading on to Rabat.",
        {("route", "Kenya", "Cairo"), ("route", "Cairo", "Rabat")},
    ),
    ("The delegation set out from Lima for Quito on Monday.", {("route", "Lima", "Quito")}),
    ("The company set off a blast in Lagos.", set()),
    ("French troops pulled out of Mali for Chad.", {("route", "Mali", "Chad")}),
    ("The last French troops pulled out of Mali on Friday.", {("route", "Mali", "France")}),
    # Money sent home by workers abroad goes from where they are to their own country.
    (
        "Money sent home by Kenyan workers in Qatar and Kuwait rose 22 percent.",
        {("transfer", "Qatar", "Kenya"), ("transfer", "Kuwait", "Kenya")},
    ),
    ("Remittances sent home by Ghanaian workers in Saudi Arabia fell 3%.", {("transfer", "Saudi Arabia", "Ghana")}),
    ("Egyptian workers in Kuwait sent home 3 billion dollars.", {("transfer", "Kuwait", "Egypt")}),
    # Goods from a place seized at another ended their trip there; a tanker seized is hostility.
    ("Cocaine shipped from Ecuador was seized at the port of Lisbon.", {("transfer", "Ecuador", "Lisbon")}),
    (
        "The cocaine haul, hidden in a shipment of bananas from Colombia, was seized in Madrid.",
        {("transfer", "Colombia", "Madrid")},
    ),
    ("Iran seized a British tanker near Oman.", {("conflict", "Iran", "United Kingdom")}),
    # A ship docking is arriving; an undertrial moved is a person.
    ("The ferry from Athens docked in Izmir.", {("route", "Athens", "Izmir")}),
    ("Police moved the undertrial from Lagos to Accra.", {("route", "Lagos", "Accra")}),
    # More verbs of moving people and goods: swim (the tagger's "swam" is its own lemma), walk,
    # bus, ferry, shuttle; and an origin given by a demonym on "from" ("from Moroccan beaches").
    ("Thousands of migrants swam into Spain from Moroccan beaches.", {("route", "Morocco", "Spain")}),
    ("He swam to Spain from Morocco.", {("route", "Morocco", "Spain")}),
    ("Refugees walked from Damascus to Jordan.", {("route", "Damascus", "Jordan")}),
    ("Migrants walked from Syria to the Turkish border.", {("route", "Syria", "Turkey")}),
    ("The state bused thousands of migrants from Miami to Chicago.", {("route", "Miami", "Chicago")}),
    ("Boats ferried 300 tourists from Athens to Izmir.", {("route", "Athens", "Izmir")}),
    ("Army trucks shuttled aid from Kenya to Somalia.", {("transfer", "Kenya", "Somalia")}),
    ("The governor walked out of the talks in Lagos.", set()),
    # Two demonyms on one destination noun after "then" are no ordered stops.
    ("Then walk on over to the Greek and Italian grill for some gyros.", set()),
    # Filing suit against a place is a legal dispute.
    ("Ghana filed suit against Togo.", {("conflict", "Ghana", "Togo")}),
    ("Kenya filed suit Monday against Uganda over unpaid fees.", {("conflict", "Kenya", "Uganda")}),
    ("He wore a suit in Paris and London.", set()),
    # "From a prison in X to one in Y": the pronoun "one" carries its place.
    ("The inmate was transferred from a prison in Lagos to one in Accra.", {("route", "Lagos", "Accra")}),
    ("Refugees were moved from a camp in Kenya to one in Uganda.", {("route", "Kenya", "Uganda")}),
    # People of a place flown somewhere (a passive's subject) travel from their place.
    (
        "About 300 residents of Mombasa were flown to Nairobi and Kampala as the fire moved closer.",
        {("route", "Mombasa", "Nairobi"), ("route", "Mombasa", "Kampala")},
    ),
    ("The airline flew 300 Syrian refugees to Canada.", {("route", "Syria", "Canada")}),
    # Seafood and farm goods are goods.
    ("Live lobster is flown from Canada to buyers in Tokyo almost daily.", {("transfer", "Canada", "Tokyo")}),
    ("Frozen shrimp from Ecuador was shipped to Spain.", {("transfer", "Ecuador", "Spain")}),
    # A team's bus ride after a flight is the trip's next leg; "to a town, its state" is one stop.
    (
        "The team flew from Lima to Quito on Monday before busing to Bogota for a three-game series.",
        {("route", "Lima", "Quito"), ("route", "Quito", "Bogota")},
    ),
    (
        "The governor bused 300 migrants from Miami to Chicago and Washington.",
        {("route", "Miami", "Chicago"), ("route", "Miami", "Washington")},
    ),
    ("Refugees flew from Lagos to Madrid, Spain, last week.", {("route", "Lagos", "Madrid")}),
    # A firm, plant or embassy moved is a trip of its own; a meeting or the clocks moved are not.
    ("Boeing moved its headquarters from Lisbon to Madrid in 2001.", {("route", "Lisbon", "Madrid")}),
    ("The firm relocated its plant from Lagos to Accra.", {("route", "Lagos", "Accra")}),
    ("The council moved the meeting from Lagos to Accra.", set()),
    ("They moved the clocks forward an hour to Moscow time.", set()),
    # "In protest at X's stance" is a verbal conflict aimed at X.
    (
        "Morocco suspended a friendship treaty with Spain in protest at Madrid's stance.",
        {("tie", "Morocco", "Spain"), ("conflict", "Morocco", "Madrid")},
    ),
    (
        "Kenya ended its defence treaty with Uganda in protest at Kampala's policy.",
        {("tie", "Kenya", "Uganda"), ("conflict", "Kenya", "Kampala")},
    ),
    # Goods sent "on to" a place go on from where the shipment before them took them.
    (
        "The grain was shipped from Istanbul to Mombasa and then trucked on to Kampala.",
        {("transfer", "Istanbul", "Mombasa"), ("transfer", "Mombasa", "Kampala")},
    ),
    (
        "Wheat shipped from Turkey to Mombasa last month is due to be trucked on to Uganda.",
        {("transfer", "Turkey", "Mombasa"), ("transfer", "Mombasa", "Uganda")},
    ),
    # Sister cities and twinned towns are tied; a sister who lives somewhere is not.
    ("Lisbon and Luanda will mark 50 years as sister cities next month.", {("tie", "Lisbon", "Luanda")}),
    ("Lagos became a sister city of Accra in 1974.", {("tie", "Accra", "Lagos")}),
    ("Madrid is twinned with Lisbon.", {("tie", "Lisbon", "Madrid")}),
    ("Her sister lives in Lisbon and her brother in Madrid.", set()),
    # "Arrived in X from Y" with the "from" hung on X.
    ("The minister arrived in Lima from Quito on Monday.", {("route", "Quito", "Lima")}),
    ("The envoy arrived in Kampala from Nairobi on Friday.", {("route", "Nairobi", "Kampala")}),
    # A fronted participle tells what the main clause's subject went through.
    (
        "Flown into Kampala from Nairobi overnight, the vaccines were distributed on Thursday.",
        {("transfer", "Nairobi", "Kampala")},
    ),
    ("Airlifted from Lagos to Accra, the medicines reached the clinics on Friday.", {("transfer", "Lagos", "Accra")}),
    ("Airlifted from Lagos to Accra, the patients were treated on Friday.", {("route", "Lagos", "Accra")}),
    # A legal or trade challenge against a place is a dispute.
    ("Canada launched a challenge against China's tariffs on Canadian pork.", {("conflict", "Canada", "China")}),
    ("Mexico filed a legal challenge against American steel tariffs.", {("conflict", "Mexico", "United States")}),
    # Money deposited at or in a country's bank goes to that country.
    ("Saudi Arabia deposited 5 billion dollars at Egypt's central bank.", {("transfer", "Saudi Arabia", "Egypt")}),
    ("Qatar deposited 3 billion dollars in Pakistan's central bank.", {("transfer", "Qatar", "Pakistan")}),
    # The "from" and "to" of a means of travel ("by boat", "by road") are the trip's.
    ("Nine fishermen were repatriated by boat from Lagos to Accra on Saturday.", {("route", "Lagos", "Accra")}),
    ("The aid was sent by road from Mombasa to Kampala.", {("transfer", "Mombasa", "Kampala")}),
    ("He was stabbed by a man from Lagos in Accra.", set()),
    # A trip made to help is the help itself: no tie (one made to sign a deal ties, above).
    (
        "About 60 firefighters from Uganda arrived in Kenya on Sunday to help fight wildfires.",
        {("route", "Uganda", "Kenya")},
    ),
    ("Ghanaian troops will deploy to Mali next year to help with election security.", {("route", "Ghana", "Mali")}),
    # A service as the subject of "link" or "connect" runs between what it links; "X with A, B and C"
    # links X to each.
    (
        "New weekly services will link Lagos with Accra, Lome and Luanda from July.",
        {("route", "Accra", "Lagos"), ("route", "Lagos", "Lome"), ("route", "Lagos", "Luanda")},
    ),
    ("A new ferry will connect Athens and Izmir.", {("route", "Athens", "Izmir")}),
    # Goods from a place found where they were landed ended their trip there.
    (
        "Customs officers at Lisbon found 1.2 tonnes of cocaine hidden in a banana shipment from Ecuador.",
        {("transfer", "Ecuador", "Lisbon")},
    ),
    ("Police in Lagos found weapons shipped from Turkey.", {("transfer", "Turkey", "Lagos")}),
    ("Scientists in Boston found that exports from China fell.", set()),
    ("Police in Lagos found a man from Accra.", set()),
    # Targeting or pounding is an attack when forces or weapons do it.
    ("Israeli jets pounded Beirut for a third night.", {("conflict", "Israel", "Beirut")}),
    ("Turkish missiles targeted an airbase in Baghdad.", {("conflict", "Turkey", "Baghdad")}),
    ("North Korean hackers targeted Japanese banks.", {("conflict", "North Korea", "Japan")}),
    ("Turkish hackers breached Iraqi government servers.", {("conflict", "Turkey", "Iraq")}),
    ("Russian troops breached Ukrainian defences in the south.", {("conflict", "Russia", "Ukraine")}),
    ("A burst pipe breached the levee in Lagos.", set()),
    ("The campaign targets voters in Ohio and Michigan.", set()),
    ("Brazil is targeting markets in Africa and Asia.", set()),
    # Goods loaded somewhere and destined for another place, the parse joining "destined" to the goods
    # or the place a demonym on what it is bound for.
    ("Wheat loaded at Latakia and destined for Egypt was held up.", {("transfer", "Latakia", "Egypt")}),
    (
        "Crude loaded at Latakia and bound for Turkish refineries made up a third of exports.",
        {("transfer", "Latakia", "Turkey")},
    ),
    ("Coal loaded at Luanda and destined for Chinese steel mills rose.", {("transfer", "Luanda", "China")}),
    # A tour "of" a place goes there.
    ("The Kenyan president's tour of Japan was called off.", {("route", "Kenya", "Japan")}),
    ("The Peruvian orchestra's tour of Norway was a success.", {("route", "Peru", "Norway")}),
    # Settling or landing something is no trip, even as a relative clause's object.
    ("The dispute, which Norwegian courts settled in Kyiv in 2023, was long.", set()),
    ("The claim the Kenyan courts settled in Lima was long.", set()),
    ("Kenyan families who settled in Oslo thrived.", {("route", "Kenya", "Oslo")}),
    # Stopped somewhere in the passive is held there, no stopover.
    ("Migrants heading for Italy were stopped at the port of Latakia.", set()),
    ("A shipment of tea bound for Egypt was stopped at Mombasa.", {("transfer", "Mombasa", "Egypt")}),
    # Pushing or pressing on is going on (not the pushing of someone: "shove" verbs move only an object).
    ("The team pushed on from Quito to Lima.", {("route", "Quito", "Lima")}),
    ("The convoy pressed on from Nairobi to Kampala.", {("route", "Nairobi", "Kampala")}),
    # A carrier given or handed over is goods (the cue moves no travellers).
    ("Norway gave two patrol boats to Kenya.", {("transfer", "Norway", "Kenya")}),
    ("Norway would hand over six fighter jets to Ukraine.", {("transfer", "Norway", "Ukraine")}),
    # ... but a carrier bound somewhere travels, and its "from" may hang on the place it is bound for.
    ("A bus bound for Nairobi from Kampala overturned on Monday.", {("route", "Kampala", "Nairobi")}),
    ("A coach bound for Lisbon from Madrid slid into a ditch.", {("route", "Madrid", "Lisbon")}),
    # What a deal is to do, parsed as a relative clause on it, is done by whoever made the deal, and the
    # deal is with the other end of what it is to move.
    ("Qatar signed a deal to supply gas to China.", {("tie", "China", "Qatar"), ("transfer", "Qatar", "China")}),
    (
        "Chile signed a 20-year deal to supply copper to China.",
        {("tie", "Chile", "China"), ("transfer", "Chile", "China")},
    ),
    (
        "Norway is expected to sign a deal to buy gas from Qatar.",
        {("tie", "Norway", "Qatar"), ("transfer", "Qatar", "Norway")},
    ),
    ("A Lagos firm has won a contract to supply desks to Accra.", {("transfer", "Lagos", "Accra")}),
    # Those "in" a place whose shipments go somewhere send them from there.
    ("Traders in Mombasa halted shipments of maize to Somalia.", {("transfer", "Mombasa", "Somalia")}),
    ("Traders in Nairobi halted shipments of tea to Kampala.", {("transfer", "Nairobi", "Kampala")}),
    # Those "in" a place who receive goods made or loaded in another take them in there.
    ("Refineries in India received crude loaded at Latakia.", {("transfer", "Latakia", "India")}),
    ("Hospitals in Kenya received oxygen made in Ethiopia.", {("transfer", "Ethiopia", "Kenya")}),
    # Taken back somewhere is brought back; where someone was held before is where they were brought from.
    ("The suspect was taken back to Kenya from Norway.", {("route", "Norway", "Kenya")}),
    ("He waived extradition at a hearing in Oslo and will be taken back to Kenya.", {("route", "Oslo", "Kenya")}),
    ("The fugitive was arrested in Lima and brought back to Quito.", {("route", "Lima", "Quito")}),
    ("Ukraine took back Donetsk from Russia.", set()),
    # What a relative clause moves is the noun it describes: people make a route, goods a transfer.
    ("Police found migrants who were smuggled from Libya to Italy.", {("route", "Libya", "Italy")}),
    ("Charities helped asylum seekers who were shipped from Libya to Italy.", {("route", "Libya", "Italy")}),
    ("Police found rifles that were smuggled from Kenya to Somalia.", {("transfer", "Kenya", "Somalia")}),
    # Destroying or damaging is an attack when forces, weapons or an armed attack do it.
    ("Russian shelling destroyed a school in Donetsk.", {("conflict", "Russia", "Donetsk")}),
    ("Israeli air strikes knocked out power in Beirut.", {("conflict", "Israel", "Beirut")}),
    ("Turkish jets damaged a bridge near Baghdad.", {("conflict", "Turkey", "Baghdad")}),
    ("Floods destroyed homes in Lagos and Accra.", set()),
    ("A fire damaged a warehouse in Manila.", set()),
    # Storming another state's building is an attack.
    ("Bolivian police stormed Peru's consulate in La Paz.", {("conflict", "Bolivia", "Peru")}),
    ("Protesters stormed the parliament in Tbilisi.", set()),
    # Freezing someone's wealth is a sanction; freezing prices or fees is none.
    ("Canada froze the assets of nine Belarusian officials.", {("conflict", "Canada", "Belarus")}),
    ("Accounts of Iranian firms were frozen by Canada.", {("conflict", "Canada", "Iran")}),
    ("Ohio froze tuition at its universities.", set()),
    # (the assets a sum is held in: "billions of francs in Russian assets")
    ("Norway froze billions of kroner in Russian assets.", {("conflict", "Norway", "Russia")}),
    ("Britain froze millions of pounds in Iranian funds.", {("conflict", "United Kingdom", "Iran")}),
    ("Ohio froze millions of dollars in tuition increases.", set()),
    # An act done to a place names it, whatever the NER reads there.
    ("The bombardment of Gaza by Israeli tanks went on for days.", {("conflict", "Israel", "Gaza")}),
    ("The siege of Donetsk by Russian forces lasted months.", {("conflict", "Russia", "Donetsk")}),
    # An official of one place speaking in another went there; at home, or anyone else, did not.
    (
        "Italian Prime Minister Mario Rossi said on Monday in Rabat that talks would go on.",
        {("route", "Italy", "Rabat")},
    ),
    ("Speaking in Accra, the Spanish foreign minister praised the accord.", {("route", "Spain", "Accra")}),
    ("The Turkish envoy told reporters in Nairobi that aid would resume.", {("route", "Turkey", "Nairobi")}),
    ("The Turkish foreign minister said in Ankara that aid would resume.", set()),
    ("Residents of Chicago said in Miami that taxes were too high.", set()),
    # The "to" the parse hangs on the last of several things sent is the verb's.
    (
        "Japan airlifted 80 tonnes of food and a field hospital to Angola.",
        {("transfer", "Japan", "Angola")},
    ),
    ("Norway shipped tents, blankets and a water plant to Malawi.", {("transfer", "Norway", "Malawi")}),
    # A part of the goods that goes somewhere: the whole's origin is its own.
    ("Most of Kenya's tea exports go to Pakistan.", {("transfer", "Kenya", "Pakistan")}),
    ("About 80% of Peru's copper exports go to China.", {("transfer", "Peru", "China")}),
    # Goods bound for a place by a hyphen, from where they left.
    ("Uganda-bound fuel from Mombasa was held up by the strike.", {("transfer", "Mombasa", "Uganda")}),
    ("Deliveries of Uganda-bound maize from Mombasa resumed on Monday.", {("transfer", "Mombasa", "Uganda")}),
    # Organs and blood flown somewhere are goods.
    ("A donor kidney was flown from Lagos to Accra overnight.", {("transfer", "Lagos", "Accra")}),
    ("Blood and plasma were flown from Nairobi to Kampala.", {("transfer", "Nairobi", "Kampala")}),
    # A place named after a place noun and "of" is the party, not the country before the noun.
    ("Kenya and the Turkish city of Izmir signed a twinning agreement.", {("tie", "Izmir", "Kenya")}),
    ("Lisbon and the Moroccan port of Casablanca signed a cooperation accord.", {("tie", "Casablanca", "Lisbon")}),
    # Forces that go where they attack make the attack, no trip; sent elsewhere, a trip.
    ("Turkish troops staged an incursion into Iraq last spring.", {("conflict", "Turkey", "Iraq")}),
    ("Russian troops invaded Georgia in August.", {("conflict", "Russia", "Georgia")}),
    ("Turkish troops were sent to Qatar in June.", {("route", "Turkey", "Qatar")}),
    # Coordinating with a place is cooperation, whatever is coordinated (an "action" is hostile only
    # "against" someone).
    ("Damascus would coordinate military action with Moscow.", {("tie", "Damascus", "Moscow")}),
    ("Kenya and Uganda will coordinate their border patrols.", {("tie", "Kenya", "Uganda")}),
    ("Coordination between Paris and Berlin has improved.", {("tie", "Berlin", "Paris")}),
    # A tug-of-war between places is a dispute.
    ("Kenya and Somalia are locked in a tug-of-war over the maritime border.", {("conflict", "Kenya", "Somalia")}),
    (
        "Syria and the European Union are engaged in a tug-of-war over a seized ship.",
        {("conflict", "European Union", "Syria")},
    ),
    # A place adjective on a people's art or ways names a style: no party to a tie.
    ("The show traced the ties between Russian and Chinese art.", set()),
    ("The festival celebrates the links between Spanish and Mexican music.", set()),
    ("Russian art was shipped to Paris for the show.", {("transfer", "Russia", "Paris")}),
    # What is bought or sold without moving (land, a building, a stake) is no transfer.
    ("A Miami investor bought the building from a Chicago company.", set()),
    ("Qatar sold its stake in the port to a Turkish firm.", set()),
    ("Japan bought two million tonnes of wheat from Canada.", {("transfer", "Canada", "Japan")}),
    # Goods or people sent under a deal: the deal ties the two ends, and it stands even when the
    # sending is still to come.
    (
        "Vietnam will export rice to Indonesia under a government-to-government deal.",
        {("transfer", "Vietnam", "Indonesia"), ("tie", "Indonesia", "Vietnam")},
    ),
    (
        "Turkish troops deployed to Qatar under a defence pact.",
        {("route", "Turkey", "Qatar"), ("tie", "Qatar", "Turkey")},
    ),
    # Relations that hit or sink to a low are a crisis in relations.
    ("Relations between Chile and Peru hit a new low.", {("conflict", "Chile", "Peru")}),
    ("Ties between Kenya and Somalia are at their lowest point in years.", {("conflict", "Kenya", "Somalia")}),
    # A shootout is a game's only with its penalty; alone it may be a gunfight.
    (
        "Relations between Kosovo and Serbia soured after a shootout near the border.",
        {("conflict", "Kosovo", "Serbia")},
    ),
    ("Ghana beat Nigeria in a penalty shootout in Accra.", set()),
    # Who runs, resumes or halts a service runs it from home; who only speaks of it does not.
    ("Germany resumed deportation flights to Afghanistan.", {("route", "Germany", "Afghanistan")}),
    ("Italy halted ferries to Libya in March.", {("route", "Italy", "Libya")}),
    ("Washington criticised flights to Cuba.", set()),
    # A past tense the parse hung on the noun it left as the sentence's root is its verb.
    (
        "A charter flight that left Miami with 140 passengers aboard landed in Havana on Tuesday.",
        {("route", "Miami", "Havana")},
    ),
    ("A cargo plane that left Lagos with relief supplies landed in Accra overnight.", {("route", "Lagos", "Accra")}),
    # A rate's "of": "barrels per day of Russian crude" are barrels of it.
    ("Indian refiners imported 2 million barrels per day of Russian crude.", {("transfer", "Russia", "India")}),
    ("Egypt shipped 300,000 tonnes a month of gas to Jordan.", {("transfer", "Egypt", "Jordan")}),
    # People in the sum a verb moves: its trip.
    ("Germany will station a brigade of 4,800 troops in Lithuania.", {("route", "Germany", "Lithuania")}),
    ("Kenya deployed a battalion of 800 soldiers to Somalia.", {("route", "Kenya", "Somalia")}),
    # A motion or message of a cue noun is that cue: of support, a tie, not goods sent.
    ("Kenya's parliament passed a motion of solidarity with Ukraine.", {("tie", "Kenya", "Ukraine")}),
    ("Kenya sent a message of support to Uganda.", {("tie", "Kenya", "Uganda")}),
    ("Kenya sent a package of aid to Uganda.", {("transfer", "Kenya", "Uganda")}),
    # Goods collected from people somewhere come from there.
    (
        "Blood samples collected from patients in Lagos were sent to Accra for testing.",
        {("transfer", "Lagos", "Accra")},
    ),
    ("Samples collected in Kampala were flown to Nairobi.", {("transfer", "Kampala", "Nairobi")}),
    # Whoever fired the weapon that struck is the attacker.
    ("A missile fired from Yemen struck near Jerusalem on Thursday.", {("conflict", "Yemen", "Jerusalem")}),
    ("A drone launched by Iranian forces struck Baghdad overnight.", {("conflict", "Iran", "Baghdad")}),
    # A place's people named by their kin ("Kosovo's Serbs") come from the place, not the kin's country.
    ("Kosovo's Serbs fled to Serbia.", {("route", "Kosovo", "Serbia")}),
    ("Nagorno-Karabakh's ethnic Armenians fled to Armenia within a week.", {("route", "Nagorno-Karabakh", "Armenia")}),
    # A marker on a compound marks the phrase's head: "joint air force exercises" are joint.
    ("India and Japan began joint air force exercises.", {("tie", "India", "Japan")}),
    ("Peru and Chile held joint coast guard drills.", {("tie", "Chile", "Peru")}),
    # A town's state or country in apposition only says where it is, even as a relative's antecedent.
    (
        "Lisbon and Paris, France, which became sister cities in 1998, marked the anniversary.",
        {("tie", "Lisbon", "Paris")},
    ),
    ("Refugees fled from Damascus, Syria, to Beirut, Lebanon.", {("route", "Damascus", "Beirut")}),
    # "It" in a "that" clause on what the speaker denies or rejects is the speaker.
    ("China denied reports that it had deployed marines to Vietnam.", {("route", "China", "Vietnam")}),
    ("Ghana dismissed claims that it had shipped arms to Togo.", {("transfer", "Ghana", "Togo")}),
    # Who takes in a place's exports receives them.
    ("Japan takes most of Australia's coal exports.", {("transfer", "Australia", "Japan")}),
    ("Europe absorbs a third of Russian gas exports.", {("transfer", "Russia", "Europe")}),
    ("China, which takes half of Chile's copper exports, also buys its lithium.", {("transfer", "Chile", "China")}),
    # Appreciating or lauding a place's role is praise (CAMEO 051), as praising it is.
    (
        "The United States appreciates Morocco's role in the fight against piracy.",
        {("tie", "Morocco", "United States")},
    ),
    ("Ghana lauded Togo's efforts to end the crisis.", {("tie", "Ghana", "Togo")}),
    # A continent's adjective in an organisation's name is the organisation's reach, no party.
    (
        "The Kenyan foreign minister will meet African Union officials in Addis Ababa.",
        {("route", "Kenya", "Addis Ababa")},
    ),
    ("Ghana signed a loan deal with the African Development Bank.", set()),
    ("Migrants from Africa reached Italy by boat.", {("route", "Africa", "Italy")}),
    # A verb the parse left as a compound before what it moves ("ships copper" as one noun): read on
    # that noun.
    ("Chile ships copper to China.", {("transfer", "Chile", "China")}),
    ("Kenya exports flowers to Germany.", {("transfer", "Kenya", "Germany")}),
    # A "to" the parse hung on a participle that only says where the thing is kept is the verb's.
    ("France will return 26 statues held in its museums to Ghana.", {("transfer", "France", "Ghana")}),
    ("Norway sent paintings stored in Oslo to Kenya.", {("transfer", "Oslo", "Kenya")}),
    # Objects and items moved are goods.
    ("The Netherlands returned 400 looted objects to Indonesia.", {("transfer", "Netherlands", "Indonesia")}),
    ("Peru handed back the seized items to Chile.", {("transfer", "Peru", "Chile")}),
    # A trade-remedy marker the parse split at its hyphen still marks the noun.
    ("Canada opened an anti-subsidy probe into Chinese steel.", {("conflict", "Canada", "China")}),
    ("Mexico launched an anti-subsidy investigation into Brazilian sugar.", {("conflict", "Mexico", "Brazil")}),
    # A verb of attack with a degree adverb and no object is an impact, no attack.
    ("Exporters in Kenya and Uganda were hit hardest.", set()),
    ("With farms in Chile and Peru badly hit, prices rose.", set()),
    ("Israel hit Gaza hard on Monday.", {("conflict", "Israel", "Gaza")}),
    # Taking another country's property is coercion (CAMEO 1711); revoking its licence a sanction.
    ("Bolivia nationalised the local unit of Spain's largest grid company.", {("conflict", "Bolivia", "Spain")}),
    ("Venezuela expropriated American oil assets.", {("conflict", "Venezuela", "United States")}),
    ("Mali revoked a French mining group's licence.", {("conflict", "Mali", "France")}),
    ("Russia revoked the accreditation of British journalists.", {("conflict", "Russia", "United Kingdom")}),
    ("Mexico nationalised its oil industry.", set()),
    # A count of hostile acts done by a verb takes the verb's target ("carried out" performs, carries nothing).
    ("Israel carried out dozens of strikes on Lebanon.", {("conflict", "Israel", "Lebanon")}),
    (
        "Russia's spy agency carried out a series of cyber-attacks on British firms.",
        {("conflict", "Russia", "United Kingdom")},
    ),
    ("Iran staged a spate of attacks on Iraqi bases.", {("conflict", "Iran", "Iraq")}),
    # A body "of" a place is the place's own ("the Government of Ghana"), not a person of a town.
    ("The Government of Ghana signed a pact with Togo.", {("tie", "Ghana", "Togo")}),
    ("The Council of Lima signed a twinning deal with Quito.", {("tie", "Lima", "Quito")}),
    # A place named by its settlement or body ("the township of", "the Council of") is coordinated
    # as its noun is.
    ("Lima and the neighbouring township of Santa Cruz signed a water deal.", {("tie", "Lima", "Santa Cruz")}),
    ("Kenya and the Government of Uganda signed a pact.", {("tie", "Kenya", "Uganda")}),
    # "Their" on the object stands for every member of a list on the subject.
    ("The Kenya and Uganda councils signed their trade pact.", {("tie", "Kenya", "Uganda")}),
    ("The Peru and Chile delegations signed their trade deal.", {("tie", "Chile", "Peru")}),
    # Sharing what places pool is cooperation; sharing a border is not.
    ("Kenya and Uganda are sharing the cost of the new bridge.", {("tie", "Kenya", "Uganda")}),
    ("Peru and Chile share intelligence on smuggling.", {("tie", "Chile", "Peru")}),
    ("Kenya and Uganda share a long border.", set()),
    # Merging services, and an arrangement, are cooperation.
    ("Ghana and Togo will merge their customs agencies.", {("tie", "Ghana", "Togo")}),
    ("Peru has an arrangement with Chile on fishing.", {("tie", "Chile", "Peru")}),
    # A service noun compounded on a link or line is that service.
    ("A new bus link between Lima and Quito opened in May.", {("route", "Lima", "Quito")}),
    ("The ferry line from Lisbon to Madrid reopened.", {("route", "Lisbon", "Madrid")}),
    # A later means of travel joined to the verb carries its own "to".
    ("The delegation flew by helicopter to Lima and then by car to Quito.", {("route", "Lima", "Quito")}),
    ("Students travelled by train to Accra and then by bus to Lome.", {("route", "Accra", "Lome")}),
    # Taking, catching or boarding a carrier or a service is travel.
    ("The team flew to Nairobi and took a bus to Kampala.", {("route", "Nairobi", "Kampala")}),
    ("She caught a ferry from Lisbon to Madrid.", {("route", "Lisbon", "Madrid")}),
    (
        "The Lagos side will fly to Accra, take a bus to Lome and return to Lagos.",
        {("route", "Lagos", "Accra"), ("route", "Accra", "Lome"), ("route", "Lome", "Lagos")},
    ),
    # Settling somewhere, and running away to somewhere, are moves.
    ("Families who left Damascus last year have settled in Doha.", {("route", "Damascus", "Doha")}),
    ("A teenager from Lima who ran away to Quito was found safe.", {("route", "Lima", "Quito")}),
    ("Venezuelan crude settled at $70 a barrel in Miami.", set()),  # a price, no arrival
    ("The Peruvian envoy will arrive at Quito airport at 3 p.m. on Monday.", {("route", "Peru", "Quito")}),  # a time
    # Members of a unit somewhere who leave leave from there; members are people.
    ("Members of a Guard unit based in Lima left for Quito on Sunday.", {("route", "Lima", "Quito")}),
    ("Fighters in Lebanon left for Syria last week.", {("route", "Lebanon", "Syria")}),
    # A legal fight, like a dispute, is a conflict.
    ("Ghana and Togo are locked in a legal fight over water.", {("conflict", "Ghana", "Togo")}),
    ("Peru's long fight with Chile over the border ended.", {("conflict", "Chile", "Peru")}),
    # A state or country sends goods or money to a town inside it: a transfer, not containment.
    (
        "Venezuela's ministry sent $2 million in grants to Maracaibo and Puerto Cabello.",
        {("transfer", "Venezuela", "Maracaibo"), ("transfer", "Venezuela", "Puerto Cabello")},
    ),
    ("Turkey shipped tents to Izmir and Ankara.", {("transfer", "Turkey", "Izmir"), ("transfer", "Turkey", "Ankara")}),
    ("Lima, Peru, hosted the talks.", set()),  # (containment alone stays none)
    # "The city", "the county", "the state" for the one such place named before.
    ("Lima officials said the city would sue Quito.", {("conflict", "Lima", "Quito")}),
    ("Accra leaders said the city will twin with Lome.", {("tie", "Accra", "Lome")}),
    (
        "Kyiv was rocked by blasts as Russian missiles targeted the capital's power plants.",
        {("conflict", "Russia", "Kyiv")},
    ),
    ("Damascus was shaken as Israeli jets struck the capital overnight.", {("conflict", "Israel", "Damascus")}),
    # A pronoun that can only be a person moves as people, never as goods ("they" may be either).
    ("He was transferred from a prison in Lima to one in Quito.", {("route", "Lima", "Quito")}),
    ("She was shipped from Lagos to Accra.", {("route", "Lagos", "Accra")}),
    ("They were shipped from Lagos to Accra.", {("transfer", "Lagos", "Accra")}),
    # People "from" a body "in" a town are from the town (their home), not setting out there.
    ("Choir members from a church in Lagos flew from Accra to Lome.", {("route", "Accra", "Lome")}),
    ("Students from a school in Lima flew to Quito.", {("route", "Lima", "Quito")}),
    # What a hostile act told in a relative clause hits is its target.
    ("Iran was behind the attack that knocked Israel's websites offline.", {("conflict", "Iran", "Israel")}),
    ("The strike, which hit Ukrainian ports, was launched by Russia.", {("conflict", "Russia", "Ukraine")}),
    # Whom people work or fight for is theirs ("hackers working for Iran" are Iran's).
    ("Hackers working for Iran were behind the attack on Israel.", {("conflict", "Iran", "Israel")}),
    ("Militias fighting for Russia shelled Ukrainian villages.", {("conflict", "Russia", "Ukraine")}),
    # Taking off is leaving; a verb coordinated with it moves what it moves, whatever class "take" has.
    ("An evacuation flight carrying refugees took off from Lima and landed in Quito.", {("route", "Lima", "Quito")}),
    ("The plane took off from Lagos and landed in Accra.", {("route", "Lagos", "Accra")}),
    # Admitting or taking in people makes the subject their destination.
    ("Germany admitted 2,000 refugees from Syria last year.", {("route", "Syria", "Germany")}),
    ("Poland pledged to take in 300 children evacuated from Gaza.", {("route", "Gaza", "Poland")}),
    ("Peru admitted the error.", set()),
    # The subject of an adjective's clause moves: "trucks were unable to cross".
    ("Fuel trucks were unable to cross from Egypt into Gaza.", {("transfer", "Egypt", "Gaza")}),
    ("Aid lorries were able to cross from Kenya into Somalia.", {("transfer", "Kenya", "Somalia")}),
    # A named agreement is a cue though the tagger calls it a name; its own place is no party.
    ("Canada and the United States signed the Safe Third Country Agreement.", {("tie", "Canada", "United States")}),
    ("Peru and Chile expanded their Lima Fisheries Accord.", {("tie", "Chile", "Peru")}),
    ("Kenya joined the Paris Agreement in 2016.", set()),
    ("They revised the Lebanon-Syria Treaty of Brotherhood.", {("tie", "Lebanon", "Syria")}),
    # More verbs of moving goods: gift, bequeath, consign, lease, procure (the subject receives), transmit
    # (goods only: a virus is none).
    ("China gifted two pandas to Madrid.", {("transfer", "China", "Madrid")}),
    # animals moved are goods; a team named after an animal is people
    ("The rescued turtles were driven from Cuba to a sanctuary in Mexico.", {("transfer", "Cuba", "Mexico")}),
    ("Six wolves were flown from Canada to Colombia.", {("transfer", "Canada", "Colombia")}),
    ("The Super Eagles were flown from Lebanon to Syria on Monday.", {("route", "Lebanon", "Syria")}),
    ("The Leopards flew from Cuba to Mexico for the final.", {("route", "Cuba", "Mexico")}),
    ("Kenya procured 20 helicopters from Lisbon.", {("transfer", "Lisbon", "Kenya")}),
    ("Egypt transmits electricity to Sudan.", {("transfer", "Egypt", "Sudan")}),
    ("The virus was transmitted from Wuhan to Kyiv.", set()),
    ("Peru leased three aircraft to Chile.", {("transfer", "Peru", "Chile")}),
    # Dhows, trawlers, frigates, trams are carriers; whatever a carrier is loaded with, if no person, is goods.
    ("A dhow loaded with charcoal sailed from Mombasa to Doha.", {("transfer", "Mombasa", "Doha")}),
    ("A trawler carrying 40 migrants sailed from Lisbon to Casablanca.", {("route", "Lisbon", "Casablanca")}),
    # Clergy, performers, reporters, farmers and the like are people: sending them is a route.
    ("Italy sent 20 priests to Kenya.", {("route", "Italy", "Kenya")}),
    ("Ghana sent its national choir to Lisbon.", {("route", "Ghana", "Lisbon")}),
    # Machines, materials and wares are goods: a general verb of giving moves them as a transfer.
    ("Japan provided 40 generators to Kenya.", {("transfer", "Japan", "Kenya")}),
    ("Norway gave 300 computers to schools in Kampala.", {("transfer", "Norway", "Kampala")}),
    ("A ship loaded with tractors sailed from Lisbon to Luanda.", {("transfer", "Lisbon", "Luanda")}),
    # A sea is where an attack happens, never whom it is on.
    ("Libya's coast guard fired on a boat in the Mediterranean.", set()),
    ("Turkish ships harassed a Greek vessel in the Mediterranean.", {("conflict", "Turkey", "Greece")}),
    # Holding a place responsible or accountable accuses it (CAMEO 112); holding anything else does not.
    ("Israel holds Iran responsible for the attack.", {("conflict", "Israel", "Iran")}),
    ("Kyiv held Moscow fully accountable for the strike.", {("conflict", "Kyiv", "Moscow")}),
    ("Peru held Chile to a draw in Lima.", set()),
    # "a move X condemned": a reaction to whoever made the move the clause told.
    (
        "Russia expelled 20 British diplomats on Monday, a move London condemned as unjustified.",
        {("conflict", "Russia", "United Kingdom"), ("conflict", "London", "Russia")},
    ),
    ("Egypt closed its border crossings, a step Khartoum criticised.", {("conflict", "Khartoum", "Egypt")}),
    ("Japan eased its visa rules, a decision Beijing welcomed.", {("tie", "Beijing", "Japan")}),
    # A border crossing named by the two sides is a checkpoint, no crossing made.
    ("Traders waited at the Ghana-Togo frontier crossing for hours.", set()),
    ("Both capitals lie near the Peruvian-Chilean border crossing.", set()),
    # "both sides", "the two countries": the last two places coordinated, when a third came after them.
    (
        "Saudi Arabia and Iran restored ties in a deal brokered by Beijing, with both sides agreeing to reopen embassies.",
        {("tie", "Iran", "Saudi Arabia")},
    ),
    (
        "Peru and Chile signed a trade deal at talks hosted by Brazil, with the two countries agreeing to cut tariffs.",
        {("tie", "Chile", "Peru")},
    ),
    # Opening a mission abroad is a tie with where it opens (CAMEO 054); opening anything else is none.
    ("China opened a consulate in Lagos last year.", {("tie", "China", "Lagos")}),
    ("Peru will reopen its embassy in Tehran.", {("tie", "Peru", "Tehran")}),
    ("Kenya opened a factory in Kampala.", set()),
    # A "to" the parse hangs on what the object's "including" lists is the object's.
    (
        "The museum in Lisbon has agreed to return 72 objects, including a dozen bronzes, to Accra, the first "
        "such handover by a Portuguese institution.",
        {("transfer", "Lisbon", "Accra")},
    ),
    (
        "The library in Paris has agreed to return 12 manuscripts, including a dozen letters, to Cairo, the first "
        "such handover by a French library.",
        {("transfer", "Paris", "Cairo")},
    ),
    # A place adjective on a speaker, a language or an interpreter names a language, nobody's country.
    ("The Kenyan envoy, a fluent French speaker, flew to Lima.", {("route", "Kenya", "Lima")}),
    ("Li Hui, China's envoy and a fluent Russian speaker, told reporters in Beijing.", set()),
    # "around" a place is where, as "near" is; the places of one subject strike together, not each other.
    (
        "American and British jets struck targets around Beirut.",
        {("conflict", "United States", "Beirut"), ("conflict", "United Kingdom", "Beirut")},
    ),
    ("Russian missiles hit sites around Kyiv.", {("conflict", "Russia", "Kyiv")}),
    ("American and British warplanes struck overnight.", set()),
    # Bodies of two places, coordinated, are the parties ("the University of X and the University of Y").
    ("The University of Lagos and the University of Accra signed a partnership.", {("tie", "Accra", "Lagos")}),
    ("The museum in Lisbon and the museum in Rabat signed an agreement.", {("tie", "Lisbon", "Rabat")}),
    # (but a body's own country and the town it sits in are no list: no parties of one act)
    ("Norway's embassy in Lima condemned the attack.", set()),
    ("The Kenyan embassy in Oslo warned of protests.", set()),
    # "X, whose minister ...": the noun the clause describes owns its subject.
    (
        "Peru, whose prime minister has cultivated warm relations with Beijing, joined the bank.",
        {("tie", "Beijing", "Peru")},
    ),
    ("Mali, whose army expelled French troops, is isolated.", {("conflict", "Mali", "France")}),
    # "bound for" on a trip is where it goes, whoever makes it (a team by its name too).
    ("The Pumas flew out of Lima on Sunday night bound for Quito.", {("route", "Lima", "Quito")}),
    ("The Wallabies sailed from Lisbon on Monday bound for Rabat.", {("route", "Lisbon", "Rabat")}),
    # A sailing is a run of a line, as a flight is.
    ("The line runs twice-weekly sailings from Lisbon to Casablanca.", {("route", "Lisbon", "Casablanca")}),
    ("Sailings from Athens to Izmir resume in May.", {("route", "Athens", "Izmir")}),
    # What a carrier is "of", if no person, carrier or force, is its load: goods.
    ("Three lorries of stage sets were trucked from Lisbon to Madrid.", {("transfer", "Lisbon", "Madrid")}),
    ("Two vans of costumes and props were driven from Nairobi to Kampala.", {("transfer", "Nairobi", "Kampala")}),
    ("Two boats of migrants sailed from Beirut to Athens.", {("route", "Beirut", "Athens")}),
    # "who" tells a person: someone moved is a route, whatever the noun.
    ("A walker who broke her ankle was airlifted from Lima to a hospital in Quito.", {("route", "Lima", "Quito")}),
    ("An angler who slipped on the rocks was airlifted from Mombasa to Nairobi.", {("route", "Mombasa", "Nairobi")}),
    # Beside a "to", "for" is whose errand it is, not a second destination.
    ("Washington will send its special envoy for Sudan to Nairobi.", {("route", "Washington", "Nairobi")}),
    ("Norway sent its envoy for Syria to Accra on Monday.", {("route", "Norway", "Accra")}),
    # An adverb of direction carries the verb's or noun's "to" and "from".
    ("Mongolia sends most of its exports south to China.", {("transfer", "Mongolia", "China")}),
    ("The herders moved their cattle west from Chad into Sudan.", {("transfer", "Chad", "Sudan")}),
    # Whoever leads a body makes it theirs, as "Saudi-led" does.
    ("A coalition led by Saudi Arabia bombed Yemen.", {("conflict", "Saudi Arabia", "Yemen")}),
    ("Twenty countries, led by Britain, expelled Russian diplomats.", {("conflict", "United Kingdom", "Russia")}),
    ("A delegation headed by Kenya's trade minister arrived in Kampala.", {("route", "Kenya", "Kampala")}),
    # (a hyphen the tokenizer leaves on the first word when a space follows it, as copied text has)
    ("They revised the Lebanon- Syria Treaty of Brotherhood.", {("tie", "Lebanon", "Syria")}),
    ("Carter sponsored the Egyptian- Israeli Peace Treaty.", {("tie", "Egypt", "Israel")}),
    # (a later member of the object's list names its parties too; a protocol or declaration named
    # after a city is an agreement whose city is no party)
    ("Carter brokered the Camp David Accords and the Egyptian-Israeli Peace Treaty.", {("tie", "Egypt", "Israel")}),
    ("Both ratified the Paris Agreement and the Peru-Chile Water Treaty.", {("tie", "Chile", "Peru")}),
    ("Kenya joined the Paris Agreement and the Oslo Protocol.", set()),
    ("Peru endorsed the Lima Declaration.", set()),
    # Promising money or goods is a pledge: a transfer, hedged.
    ("Madrid promised Rabat 200 million euros.", {("transfer", "Madrid", "Rabat")}),
    ("Japan promised Kenya 40 tonnes of rice.", {("transfer", "Japan", "Kenya")}),
    # Returning to someone "in X", or "in X" on the verb, returns to X.
    ("The soldier returned to his family in Lagos after a year in Mali.", {("route", "Mali", "Lagos")}),
    (
        "A teenager from Lima who ran away to Quito returned to her parents in Lima.",
        {("route", "Lima", "Quito"), ("route", "Quito", "Lima")},
    ),
    # Those arriving somewhere who came from elsewhere came from there to where they arrived.
    ("Most of the migrants arriving in Italy came from Libya.", {("route", "Libya", "Italy")}),
    ("Refugees arriving in Chad come mainly from Darfur.", {("route", "Darfur", "Chad")}),
    # People held somewhere and sent on travel; they are never goods.
    ("The fugitives held in Panama were sent to Colombia.", {("route", "Panama", "Colombia")}),
    # A span of time only counts what follows its "of": the places are that act's.
    ("Egypt and Sudan began a week of joint naval drills.", {("tie", "Egypt", "Sudan")}),
    ("Ghana and Togo wrapped up two days of talks.", {("tie", "Ghana", "Togo")}),
    ("Kenya ended months of strikes on Somalia.", {("conflict", "Kenya", "Somalia")}),
    # A main verb the parse hangs on its subject as a participle still has that subject ("A Turkish
    # drone bombed Syria": root "drone"); a participle with no object of its own stays one.
    ("A Turkish drone bombed Syria.", {("conflict", "Turkey", "Syria")}),
    ("A Saudi coalition bombed Yemen.", {("conflict", "Saudi Arabia", "Yemen")}),
    ("Villages bombed in Syria were empty.", set()),
    # A grouping that attacks attacks through its members ("the Saudi-led coalition bombed").
    ("A Kenyan coalition struck Somalia.", {("conflict", "Kenya", "Somalia")}),
    ("The Saudi-led coalition bombed Yemen.", {("conflict", "Saudi Arabia", "Yemen")}),
    # A participle on the mover that tells a whole leg keeps it; the verb goes on from its end.
    (
        "Refugees who fled from Syria to Turkey reached Greece by boat.",
        {("route", "Syria", "Turkey"), ("route", "Turkey", "Greece")},
    ),
    (
        "Oil exported from Iraq to Turkey reached Italy.",
        {("transfer", "Iraq", "Turkey"), ("transfer", "Turkey", "Italy")},
    ),
    (
        "The 40 migrants travelled by bus from Khartoum to Cairo, flew on to Doha and finally arrived in Miami.",
        {("route", "Khartoum", "Cairo"), ("route", "Cairo", "Doha"), ("route", "Doha", "Miami")},
    ),
    ("Grain exported from Ukraine reached Egypt.", {("transfer", "Ukraine", "Egypt")}),
    # Leaving a place, then going on from where one stayed: the leaving led there.
    (
        "The family fled Ukraine in 2022, lived for a year in Poland and then moved to Canada.",
        {("route", "Ukraine", "Poland"), ("route", "Poland", "Canada")},
    ),
    (
        "He left Syria in 2015, spent two years in Turkey and then moved to Germany.",
        {("route", "Syria", "Turkey"), ("route", "Turkey", "Germany")},
    ),
    # Moved to one place and then on, by a second verb with no subject of its own: on from there.
    (
        "The injured pilot was airlifted from Mombasa to Nairobi and then transferred to a clinic in Kampala.",
        {("route", "Mombasa", "Nairobi"), ("route", "Nairobi", "Kampala")},
    ),
    (
        "The containers were shipped to Izmir and later trucked to Ankara.",
        {("transfer", "Izmir", "Ankara")},
    ),
    # Hauling goods is moving them (a cue of its own, not only "hauled into court").
    ("Trucks hauled Ukrainian grain from Kyiv to a port in Poland.", {("transfer", "Kyiv", "Poland")}),
    (
        "About 200 cattle a week are hauled from Chad to the slaughterhouse in Khartoum.",
        {("transfer", "Chad", "Khartoum")},
    ),
    # A ship's flag is no origin of its cargo when the sentence says where the ship left from.
    (
        "A Turkish cargo ship carrying 30,000 tonnes of grain left Izmir on Monday bound for Lisbon, "
        "the first such shipment this year.",
        {("transfer", "Izmir", "Lisbon")},
    ),
    (
        "A Greek tanker carrying diesel sailed from Athens to Beirut, the third such delivery in a month.",
        {("transfer", "Athens", "Beirut")},
    ),
    # A plural noun the tagger read as a verb ("air force drills/VBZ") is still the noun.
    ("Egypt and Sudan held air force drills on Saturday.", {("tie", "Egypt", "Sudan")}),
    ("Kenya and Uganda staged air force drills near the border.", {("tie", "Kenya", "Uganda")}),
    # Teams sign no agreements: a game's sentence keeps the agreement its countries sign.
    (
        "Morocco, Spain and Portugal signed a security agreement for the tournament.",
        {("tie", "Morocco", "Spain"), ("tie", "Morocco", "Portugal"), ("tie", "Portugal", "Spain")},
    ),
    ("Kenya and Uganda signed a treaty on policing ahead of the championship.", {("tie", "Kenya", "Uganda")}),
    # Municipal services are no transport service: merging them is cooperation.
    ("Athens and Oslo will merge their library services next year.", {("tie", "Athens", "Oslo")}),
    # "The Sudanese capital", "the capital of Ukraine": the country's capital when the article names it,
    # else the country.
    (
        "Kenya Airways returned to Khartoum on Monday, restarting flights from Nairobi to the Sudanese capital.",
        {("route", "Nairobi", "Khartoum"), ("route", "Kenya", "Khartoum")},
    ),
    ("Kyiv was calm on Monday, and Polish jets flew to the capital of Ukraine.", {("route", "Poland", "Kyiv")}),
    ("Flights from Nairobi to the Sudanese capital resumed.", {("route", "Nairobi", "Sudan")}),
    # A bare name transferred or transported is a person in custody: a trip, no goods.
    ("Kovacs was transferred from a prison in Madrid to one in Lisbon in 2019.", {("route", "Madrid", "Lisbon")}),
    ("Deputies transported Jenkins from the jail in Chicago to Miami on Friday.", {("route", "Chicago", "Miami")}),
    # A verb the parse left as a compound of its object ("exports beef" as one noun) keeps its subject.
    ("Brazil exports beef to China.", {("transfer", "Brazil", "China")}),
    ("Kenya exports flowers to Europe.", {("transfer", "Kenya", "Europe")}),
    # A carrier told with where it comes from and where it goes moves: a shipment when loaded, a trip when not.
    ("Sudan blocked fuel convoys from Chad into Darfur.", {("transfer", "Chad", "Darfur")}),
    ("Fuel tankers from Kenya to Uganda queued at the border.", {("transfer", "Kenya", "Uganda")}),
    ("Buses from Warsaw to Kyiv were full.", {("route", "Warsaw", "Kyiv")}),
    # Relying on a place for goods is being supplied by it; relying on it for anything else is not.
    ("Kenya depends on Uganda for much of its electricity.", {("transfer", "Uganda", "Kenya")}),
    ("Lebanon has relied on Iraq for 40% of its fuel oil since 2021.", {("transfer", "Iraq", "Lebanon")}),
    ("Europe's dependence on Russian gas worried Berlin.", {("transfer", "Russia", "Europe")}),
    ("Japan relies on the United States for its security.", set()),
    # Calling, branding or describing what a place did as an affront is criticism (CAMEO 111).
    ("Kyiv called Moscow's decision a provocation.", {("conflict", "Kyiv", "Moscow")}),
    ("Ukraine called Russia a terrorist state.", {("conflict", "Ukraine", "Russia")}),
    (
        "Beijing described the Japanese move as a violation of its sovereignty.",
        {("conflict", "Beijing", "Japan")},
    ),
    ("Kenya called on Uganda to open the border.", set()),
    ("Egypt called the talks with Sudan a success.", {("tie", "Egypt", "Sudan")}),
    # Armed men "from" a place act for it, as a demonym says ("Somali gunmen").
    ("Gunmen from Somalia abducted two Kenyan aid workers.", {("conflict", "Somalia", "Kenya")}),
    ("Fighters from Chad killed three Sudanese soldiers.", {("conflict", "Chad", "Sudan")}),
    ("Militants from Syria attacked a village in Turkey.", {("conflict", "Syria", "Turkey")}),
    # Condolences and a phone call between leaders are cooperation (CAMEO 018 and 04).
    ("Japan offered condolences to Turkey after the earthquake.", {("tie", "Japan", "Turkey")}),
    ("Kenya sent its condolences to Uganda.", {("tie", "Kenya", "Uganda")}),
    ("The Egyptian president phoned his Sudanese counterpart on Monday.", {("tie", "Egypt", "Sudan")}),
    ("The Ghanaian president phoned the Togolese leader to discuss the border.", {("tie", "Ghana", "Togo")}),
    # Demanding that a place act makes it the demand's target; firing toward a place targets it.
    ("Israel demanded that Lebanon disarm the militia.", {("conflict", "Israel", "Lebanon")}),
    ("Kenya demanded that Somalia withdraw its troops.", {("conflict", "Kenya", "Somalia")}),
    ("North Korea fired missiles toward Japan.", {("conflict", "North Korea", "Japan")}),
    ("Syria fired rockets towards Turkey on Monday.", {("conflict", "Syria", "Turkey")}),
    # People who settle or stop somewhere made a stop there: no stopping of an event (as "settled the dispute").
    ("Ukrainian refugees settled in Poland.", {("route", "Ukraine", "Poland")}),
    ("Syrian migrants settled in Germany after 2015.", {("route", "Syria", "Germany")}),
    # Jailing a foreign national is coercion across a border (CAMEO 173); training a country's forces
    # is material cooperation (CAMEO 06), the soldiers being only people.
    ("Russia jailed an American journalist.", {("conflict", "Russia", "United States")}),
    ("Iran imprisoned two French tourists.", {("conflict", "Iran", "France")}),
    ("Germany trained Ukrainian soldiers.", {("tie", "Germany", "Ukraine")}),
    ("Kenya trains Somali police officers.", {("tie", "Kenya", "Somalia")}),
    # Who "is from" a place, told in a relative clause, is from there as "the governor from Chicago" is.
    ("The governor, who is from Chicago, visited Miami.", {("route", "Chicago", "Miami")}),
    ("A businessman who was originally from Lagos flew to London.", {("route", "Lagos", "London")}),
    # Crowds flocking or streaming somewhere travel.
    ("Thousands of fans streamed into Lisbon from Madrid.", {("route", "Madrid", "Lisbon")}),
    ("Residents of Chicago flocked to Miami for the holidays.", {("route", "Chicago", "Miami")}),
    # Getting or sourcing goods from a place is being supplied by it (but not "got a call from").
    ("Egypt gets much of its wheat from Russia.", {("transfer", "Russia", "Egypt")}),
    ("Ukraine got tanks from Poland.", {("transfer", "Poland", "Ukraine")}),
    ("India sourced oil from Russia.", {("transfer", "Russia", "India")}),
    ("Kenya got a call from Uganda.", set()),
    ("The minister got back from Lisbon.", set()),
    # A place that is a market for a place's goods takes them in (a market only for goods).
    ("China is the biggest market for Chilean copper.", {("transfer", "Chile", "China")}),
    ("Egypt is a key market for Russian wheat.", {("transfer", "Russia", "Egypt")}),
    ("The Japanese market grew while Brazil's slowed.", set()),
    ("Pakistan is the top destination for Kenyan tea.", {("transfer", "Kenya", "Pakistan")}),
    ("Lisbon is a top destination for Chinese tourists.", set()),
    # Closing one's airspace, border or ports to a place's people or craft is hostile (frame bar; not
    # done to each other by the closers); launching weapons at a place attacks it.
    ("Turkey closed its airspace to Israeli planes.", {("conflict", "Turkey", "Israel")}),
    (
        "Greece and Cyprus closed their ports to Turkish ships.",
        {("conflict", "Greece", "Turkey"), ("conflict", "Cyprus", "Turkey")},
    ),
    ("Kenya closed its border for two days.", set()),
    ("Japan launched missiles at North Korea.", {("conflict", "Japan", "North Korea")}),
    ("Iran launched rockets into Iraq.", {("conflict", "Iran", "Iraq")}),
    ("Kenya launched a campaign in Uganda.", set()),
    # Barbs, jibes and insults traded are verbal conflict (CAMEO 111), whatever the verb that trades them.
    ("Serbia and Kosovo traded barbs over the border crossing.", {("conflict", "Kosovo", "Serbia")}),
    ("Greece and Turkey exchanged insults on Monday.", {("conflict", "Greece", "Turkey")}),
    # Accused or blamed by someone of an act: the accused act, not the accuser.
    ("Russian troops were accused by Amnesty of shelling homes in Donetsk.", {("conflict", "Russia", "Donetsk")}),
    (
        "Chinese hackers were blamed by Britain for attacking banks in Tokyo.",
        {("conflict", "United Kingdom", "China"), ("conflict", "China", "Tokyo")},
    ),
    ("Lisbon and Madrid merged their ambulance services in 2020.", {("tie", "Lisbon", "Madrid")}),
    # territorial claims (CAMEO 10): on a place, a piece of land of one, or rule over one
    ("Venezuela claims the Essequibo region of Guyana.", {("conflict", "Venezuela", "Guyana")}),
    ("China claims Taiwan as part of its territory.", {("conflict", "China", "Taiwan")}),
    ("Beijing claims sovereignty over Taiwan.", {("conflict", "Beijing", "Taiwan")}),
    ("Serbia's claim to Kosovo remains the main hurdle.", {("conflict", "Serbia", "Kosovo")}),
    ("Britain claimed Russia had meddled.", set()),
    ("Jihadists in Mali claimed responsibility for the bombing.", set()),
    # a volley of weapons launched at a place
    ("Russia launched a barrage of missiles at Kyiv.", {("conflict", "Russia", "Kyiv")}),
    ("Iran launched a wave of drones at Israel.", {("conflict", "Iran", "Israel")}),
    # goods "from" people somewhere come from there; an "in X" the parse hangs on the verb after a
    # "to" institution is where the institution is
    ("Samples from patients in Lagos were sent to the national laboratory in Accra.", {("transfer", "Lagos", "Accra")}),
    ("Donations from families in Kenya were shipped to orphanages in Uganda.", {("transfer", "Kenya", "Uganda")}),
    ("The injured boy was flown from Mombasa to a hospital in Nairobi.", {("route", "Mombasa", "Nairobi")}),
    ("Blood samples were sent to a laboratory in Nairobi.", set()),
    # a possessive pronoun on what the subject takes is the subject again, no other end
    ("Egypt received its first cargo of Ukrainian wheat.", {("transfer", "Ukraine", "Egypt")}),
    ("Ghana took delivery of its first shipment of Indian rice.", {("transfer", "India", "Ghana")}),
    # goods sold, used or eaten somewhere end up there
    ("Most of the heroin sold in Europe comes from Afghanistan.", {("transfer", "Afghanistan", "Europe")}),
    ("Half of the gas used in Germany came from Russia.", {("transfer", "Russia", "Germany")}),
    ("About 40 percent of the wheat eaten in Egypt is imported from Ukraine.", {("transfer", "Ukraine", "Egypt")}),
    ("Most of the cars sold in Kenya are shipped from Japan.", {("transfer", "Japan", "Kenya")}),
    # a meeting "with" someone "in" a place of theirs: the visitor went there
    (
        "The prime minister of Pakistan held talks with his Chinese counterpart in Beijing.",
        {("route", "Pakistan", "Beijing"), ("tie", "China", "Pakistan")},
    ),
    (
        "The Kenyan envoy met with Ugandan officials in Kampala.",
        {("route", "Kenya", "Kampala"), ("tie", "Kenya", "Uganda")},
    ),
    # a trip to a country's border goes to the country; a relative clause's trip keeps its traveller
    ("Hundreds of Afghans set out for the Iranian border on Friday.", {("route", "Afghanistan", "Iran")}),
    ("Thousands of Ghanaians headed for the Togolese border.", {("route", "Ghana", "Togo")}),
    ("Syrian refugees who fled to Lebanon are being sent back.", {("route", "Syria", "Lebanon")}),
    ("The Afghan family, which fled to Pakistan, was deported.", {("route", "Afghanistan", "Pakistan")}),
    # a demonym in the plural names people: a verb that moves goods or people moves them
    ("Thousands of Afghans poured into Pakistan.", {("route", "Afghanistan", "Pakistan")}),
    ("Kenyans poured into Uganda for the festival.", {("route", "Kenya", "Uganda")}),
    ("Kenyan tea poured into Pakistan.", {("transfer", "Kenya", "Pakistan")}),
    # a fronted "born in X" or "a native of X" is the traveller's home
    ("Born in Ghana, she moved to London in 1998.", {("route", "Ghana", "London")}),
    ("A native of Kenya, he travelled to Doha for work.", {("route", "Kenya", "Doha")}),
    ("Born and raised in Lagos, the singer moved to Accra.", {("route", "Lagos", "Accra")}),
    ("Raising funds in London, he flew to Paris.", set()),
    # whom a participle of affiliation ties to a place acts as that place's, as "working for" does
    ("Militants affiliated with Iran attacked a base in Syria.", {("conflict", "Iran", "Syria")}),
    ("A hacking group linked to Russia attacked Ukrainian banks.", {("conflict", "Russia", "Ukraine")}),
    ("Residents linked the outbreak to Wuhan.", set()),
    # officials "in" a place act for it; goods brought by carriers "from" a place come from it
    ("Officials in Lagos and Accra are working together on a joint bid.", {("tie", "Accra", "Lagos")}),
    ("Officials in Nairobi agreed to work with Kampala on the railway.", {("tie", "Kampala", "Nairobi")}),
    ("A convoy of trucks from Kenya brought supplies to flooded towns in Uganda.", {("transfer", "Kenya", "Uganda")}),
    ("Lorries from Lagos brought grain to markets in Accra.", {("transfer", "Lagos", "Accra")}),
    # verbs of quarrelling (CAMEO 11), mutual when the text names no side as acting first
    ("Kenya and Uganda have long feuded over the island.", {("conflict", "Kenya", "Uganda")}),
    ("Egypt sparred with Ethiopia over the dam.", {("conflict", "Egypt", "Ethiopia")}),
    ("The wrangle between Lagos and Accra deepened.", {("conflict", "Accra", "Lagos")}),
    # a span of time spent somewhere is a stay there
    ("Students from Lagos spent a week in Accra.", {("route", "Lagos", "Accra")}),
    ("The Chilean president spent the weekend in Lima.", {("route", "Chile", "Lima")}),
    ("Kenya spent $5 million in Uganda.", set()),
    # money granted or funding spent somewhere goes there (frame fund: what is funded, where it is)
    ("Japan granted Vietnam a $1 billion loan.", {("transfer", "Japan", "Vietnam")}),
    ("Norway granted a loan of $50 million to Malawi.", {("transfer", "Norway", "Malawi")}),
    ("Britain granted asylum to the Iranian dissident.", set()),
    ("The European Union financed a new port in Togo.", {("transfer", "European Union", "Togo")}),
    ("Officials in Oslo funded a hospital in Malawi.", {("transfer", "Oslo", "Malawi")}),
    # a sentence's first word the tagger read as a command is a noun when the parse made it the subject
    ("Aid from Norway reached Sudan.", {("transfer", "Norway", "Sudan")}),
    ("Aid from Qatar reached Gaza on Monday.", {("transfer", "Qatar", "Gaza")}),
    # a "between" the parse hangs on the verb's object is the verb's own
    ("Qatar brokered a ceasefire between Israel and Hamas.", {("tie", "Israel", "Qatar")}),
    (
        "Turkey brokered a grain deal between Russia and Ukraine.",
        {("tie", "Russia", "Ukraine"), ("tie", "Russia", "Turkey"), ("tie", "Turkey", "Ukraine")},
    ),
    # an envoy recalled in the passive: the envoy's own country recalls
    ("Kenya's envoy to Somalia was recalled.", {("conflict", "Kenya", "Somalia")}),
    ("The Moroccan ambassador to Ghana was recalled for consultations.", {("conflict", "Morocco", "Ghana")}),
    # a capital that stands for its country's government beside the country's own name is one party
    (
        "Iran imposed a blockade on Qatar, accusing Doha of funding rebels.",
        {("conflict", "Iran", "Qatar")},
    ),
    ("Egypt signed a pact with Sudan, and Khartoum thanked Egypt.", {("tie", "Egypt", "Sudan")}),
    # a relative pronoun subject under a verb of saying ("firms that it said had ...") is the noun the
    # relative clause describes
    (
        "Kenya sanctioned two Ugandan firms that it said had sold weapons to Sudan.",
        {("conflict", "Kenya", "Uganda"), ("transfer", "Uganda", "Sudan")},
    ),
    (
        "The ministry fined four Turkish exporters that it said had sent cement to Iraq.",
        {("transfer", "Turkey", "Iraq")},
    ),
    # a share of a place's own goods that another supplies is a share of what the place uses; the
    # share as what moves keeps its owner as where it comes from
    ("Norway supplies half of Poland's gas.", {("transfer", "Norway", "Poland")}),
    ("Ghana provides most of Japan's cocoa.", {("transfer", "Ghana", "Japan")}),
    ("Most of Ghana's cocoa goes to Japan.", {("transfer", "Ghana", "Japan")}),
    # a named body "of X" is X's own, as "X's bank" (a person "of X" only lives there)
    ("The Bank of Ghana lent $2 billion to Togo.", {("transfer", "Ghana", "Togo")}),
    ("The National Museum of Kenya returned the bronzes to Nigeria.", {("transfer", "Kenya", "Nigeria")}),
    # carriers and people diverted, towed or escorted somewhere travel there; a run of a line (a flight)
    # moved is a trip, and defecting or transiting is travel
    ("Turkey diverted the plane from Tehran to Ankara.", {("route", "Tehran", "Ankara")}),
    ("The Greek coast guard towed the boat from Athens to Beirut.", {("route", "Athens", "Beirut")}),
    ("Armed guards escorted the Kenyan envoy from Nairobi to Kampala.", {("route", "Nairobi", "Kampala")}),
    ("A Kenyan runner defected to Canada.", {("route", "Kenya", "Canada")}),
    ("A Cuban pilot defected to the United States.", {("route", "Cuba", "United States")}),
    (
        "Cuban doctors transited through Madrid on their way to Luanda.",
        {("route", "Cuba", "Madrid"), ("route", "Madrid", "Luanda")},
    ),
    # a guest greeted somewhere came there, as one welcomed does
    ("The Kenyan president was greeted in Accra by Ghana's president.", {("route", "Kenya", "Accra")}),
    ("Ghana's president greeted his Togolese counterpart in Accra.", {("route", "Togo", "Accra")}),
    # refugees who live somewhere went there, as refugees living there did
    ("Syrian refugees live in camps in Jordan.", {("route", "Syria", "Jordan")}),
    ("Millions of Sudanese refugees now live in Chad.", {("route", "Sudan", "Chad")}),
    # where a trip or a line begins and where it ends
    ("The tour begins in Lima and ends in Quito.", {("route", "Lima", "Quito")}),
    ("The march started in Accra and ended in Lome.", {("route", "Accra", "Lome")}),
    # an armed attack that kills somewhere is armed force there, as troops are
    ("Israeli strikes killed 20 people in Gaza on Tuesday.", {("conflict", "Israel", "Gaza")}),
    ("A Russian missile attack killed 12 people in Kyiv.", {("conflict", "Russia", "Kyiv")}),
    # attacks "across" or "throughout" a place hit it
    ("Israeli air strikes across southern Lebanon killed five.", {("conflict", "Israel", "Lebanon")}),
    ("Russian missile attacks across Ukraine knocked out power.", {("conflict", "Russia", "Ukraine")}),
    # a partner or an ally "for" a place is its partner
    ("Norway is a key partner for Kenya in energy.", {("tie", "Kenya", "Norway")}),
    ("France is a reliable ally for Ukraine.", {("tie", "France", "Ukraine")}),
    # military units sent somewhere are people, never goods
    ("France sent a regiment to Mali.", {("route", "France", "Mali")}),
    ("Ghana sent a platoon to Togo.", {("route", "Ghana", "Togo")}),
    # people harmed in the passive by a named agent: the agent's country acts on theirs (and with no
    # agent, no one is told to act)
    ("Two Kenyan traders were detained by Ugandan police.", {("conflict", "Uganda", "Kenya")}),
    ("Ghanaian fishermen were arrested by the Togolese navy.", {("conflict", "Togo", "Ghana")}),
    ("Two Kenyan traders were detained in Kampala.", set()),
    # a place "under" a hostile act, or suffering from it, is its target
    ("Ukraine came under Russian attack overnight.", {("conflict", "Russia", "Ukraine")}),
    ("Cuba suffers from the American embargo.", {("conflict", "United States", "Cuba")}),
    ("Iran has been under American sanctions since 1979.", {("conflict", "United States", "Iran")}),
    # goods sold "in" a place end up there
    ("Kenyan tea is sold in Pakistan.", {("transfer", "Kenya", "Pakistan")}),
    ("Most Ghanaian cocoa is sold in Japan.", {("transfer", "Ghana", "Japan")}),
    # taking refuge somewhere is going there; people rushed somewhere are taken there
    ("Thousands of Sudanese took refuge in Chad.", {("route", "Sudan", "Chad")}),
    ("Families from Lagos took refuge in Accra.", {("route", "Lagos", "Accra")}),
    ("The wounded were rushed from Lagos to Accra.", {("route", "Lagos", "Accra")}),
    ("Kenya rushed doctors to Kampala from Nairobi.", {("route", "Nairobi", "Kampala")}),
    # a state moving its own people out of a place takes them home (a deporter sends others away)
    ("Kenya repatriated 300 citizens from Sudan.", {("route", "Sudan", "Kenya")}),
    ("Ghana airlifted its citizens out of Lebanon.", {("route", "Lebanon", "Ghana")}),
    ("Germany deported 30 Afghans.", {("route", "Germany", "Afghanistan")}),
    # goods sent on from where they first went: each stop is the next one's origin
    (
        "The icons were shipped from Athens to Istanbul and then on to Paris.",
        {("transfer", "Athens", "Istanbul"), ("transfer", "Istanbul", "Paris")},
    ),
    (
        "The grain was exported from Lagos to Egypt and then to Lebanon.",
        {("transfer", "Lagos", "Egypt"), ("transfer", "Egypt", "Lebanon")},
    ),
    ("The samples were sent to Moscow and from there to London.", {("transfer", "Moscow", "London")}),
    ("The coffee is trucked to Mombasa and from there shipped to Lisbon.", {("transfer", "Mombasa", "Lisbon")}),
    ("The ore is trucked to Mombasa and exported from there to China.", {("transfer", "Mombasa", "China")}),
    ("Cocoa was carried by rail to Accra and shipped from there to Berlin.", {("transfer", "Accra", "Berlin")}),
    ("The bones were sent to a museum in Nairobi and from there to London.", {("transfer", "Nairobi", "London")}),
    ("The seeds went to a laboratory in Lima and from there, months later, to Oslo.", {("transfer", "Lima", "Oslo")}),
    # goods seized somewhere and then sent on leave from there; goods seized where a shipment from
    # elsewhere ended arrived there
    ("Weapons seized in Lagos were shipped to Accra.", {("transfer", "Lagos", "Accra")}),
    ("A consignment of parrots seized in Lima was flown back to Quito.", {("transfer", "Lima", "Quito")}),
    (
        "Officials said two tonnes of cocaine seized at a port in Lisbon had been shipped from Bogota.",
        {("transfer", "Bogota", "Lisbon")},
    ),
    (
        "Police said 300 kilograms of heroin seized in Mombasa last week had been shipped from Pakistan.",
        {("transfer", "Pakistan", "Mombasa")},
    ),
    # where goods were bought or stolen before they were moved is where they left from
    (
        "Investigators said the rifles were bought in Lagos and shipped to Accra in containers.",
        {("transfer", "Lagos", "Accra")},
    ),
    ("The paintings were stolen in Lisbon and smuggled to Madrid.", {("transfer", "Lisbon", "Madrid")}),
    # what a place asks another to hand over is handed over to it (not "urged Uganda to return to talks")
    ("Argentina has formally asked Spain to extradite a former army officer.", {("route", "Spain", "Argentina")}),
    ("Greece asked Britain to return the marbles.", {("transfer", "United Kingdom", "Greece")}),
    ("Mexico urged the United States to hand over the suspect.", {("route", "United States", "Mexico")}),
    ("Kenya urged Uganda to return to talks.", set()),
    # imports under a place's ban: a conflict of the banning place with the goods' origin, and the
    # goods stopped from there to it (a ban lifted stops nothing)
    (
        "Kenya kept its ban on Ugandan maize imports.",
        {("conflict", "Kenya", "Uganda"), ("transfer", "Uganda", "Kenya")},
    ),
    (
        "Ghana and Togo extended their bans on Nigerian poultry imports.",
        {
            ("conflict", "Ghana", "Nigeria"),
            ("conflict", "Togo", "Nigeria"),
            ("transfer", "Nigeria", "Ghana"),
            ("transfer", "Nigeria", "Togo"),
        },
    ),
    (
        "The Kenyan ban on imports from Uganda remains in force.",
        {("conflict", "Kenya", "Uganda"), ("transfer", "Uganda", "Kenya")},
    ),
    ("Kenya lifted its ban on Ugandan maize imports.", {("conflict", "Kenya", "Uganda")}),
    # a "from" the parse hung on a noun of how the trip is made is the trip's
    ("The tanker sailed in ballast from Lagos to Lisbon.", {("route", "Lagos", "Lisbon")}),
    ("The freighter sailed in convoy from Lisbon to Lagos.", {("route", "Lisbon", "Lagos")}),
    # (finishing is a stop only of a traveller's step: talks that end somewhere go nowhere)
    ("The talks began in Lima and ended in Quito.", set()),
    ("The festival opened in Accra and closed in Lagos.", set()),
    # where a move into a place crossed into it, "at" a town inside it, is the more specific end
    ("Refugees from Ghana crossed into Togo at Lome on Monday.", {("route", "Ghana", "Lome")}),
    ("Ugandan traders crossed into Kenya at Mombasa.", {("route", "Uganda", "Mombasa")}),
    # sneaking out of one place into another is a trip (the "into" hung on the place left)
    ("The fugitive sneaked out of Kenya into Uganda.", {("route", "Kenya", "Uganda")}),
    ("Police said the gang sneaked out of Ghana into Togo.", {("route", "Ghana", "Togo")}),
    # a border closed "with" a neighbour is shut to it (CAMEO 191, restrict movement)
    ("Kenya closed its border with Somalia.", {("conflict", "Kenya", "Somalia")}),
    ("Ghana closed its border crossings with Togo on Monday.", {("conflict", "Ghana", "Togo")}),
    # people or goods taken to a place are brought there (but "took Guyana to court" is a dispute)
    ("The prisoners were taken by bus from Lima to Quito.", {("route", "Lima", "Quito")}),
    ("The prisoners were taken from Lagos to Accra by plane.", {("route", "Lagos", "Accra")}),
    ("Guyana took Venezuela to court in 2018.", {("conflict", "Guyana", "Venezuela")}),
    # a move "from" or "to" a place is a relocation (a move "against" a place a hostile act)
    ("The striker's move from Lisbon to Madrid was completed on Tuesday.", {("route", "Lisbon", "Madrid")}),
    ("Her move from Oslo to Berlin surprised her coach.", {("route", "Oslo", "Berlin")}),
    ("Kenya condemned the move against Somalia.", {("conflict", "Kenya", "Somalia")}),
    # goods named by a transfer noun of their own take their own place to the verb that moves them
    ("Thirty tonnes of Japanese relief supplies were flown to Kampala on Friday.", {("transfer", "Japan", "Kampala")}),
    ("Two tonnes of Kenyan medical supplies were trucked to Kampala.", {("transfer", "Kenya", "Kampala")}),
    # the first or last of a group of people is one of them
    ("The first of 300 Kenyan police officers arrived in Lagos on Tuesday.", {("route", "Kenya", "Lagos")}),
    ("The first of the Ghanaian troops arrived in Mali.", {("route", "Ghana", "Mali")}),
    # a trip noun's "from" in an "after" phrase is where the traveller came from
    (
        "Kenya's team arrived in Lagos on Monday after an overnight flight from Nairobi.",
        {("route", "Nairobi", "Lagos")},
    ),
    ("The minister landed in Accra after a long flight from Tokyo.", {("route", "Tokyo", "Accra")}),
    # a lower-case word the tagger read as a name is a common noun ("solidarity/NNP")
    ("Kenya's foreign minister expressed solidarity with Uganda.", {("tie", "Kenya", "Uganda")}),
    ("Peru's foreign minister voiced solidarity with Chile.", {("tie", "Chile", "Peru")}),
    # places compared are no parties to what the comparison's "which" clause tells
    ("Addis Ababa is higher than Nairobi, Kampala or Accra, which helps explain its runners' success.", set()),
    ("Lagos is bigger than Accra and Lome, which helps its traders.", set()),
    # what spreads from a place to another happens in both, no party's act
    ("Protests spread from Lagos to Accra over the weekend.", set()),
    ("Protests quickly spread from Athens to Istanbul.", set()),
    # (two "to"s of goods without "from there" are two shipments, not legs)
    ("Kenya sent tea to Egypt and to Sudan.", {("transfer", "Kenya", "Egypt"), ("transfer", "Kenya", "Sudan")}),
    # the object of a verb of judging a deed did the deed ("jailed two men for plotting attacks")
    ("A court in Caracas sentenced three men for plotting attacks in Bogota and Havana.", set()),
    ("A court in Moscow jailed two men for plotting a bombing in Kyiv.", set()),
    (
        "Caracas praised Havana for sending doctors to Bolivia.",
        {("tie", "Caracas", "Havana"), ("route", "Havana", "Bolivia")},
    ),
    # what belongs to a place's people or bodies is that place's
    ("Colombia froze bank accounts belonging to Venezuela's embassy.", {("conflict", "Colombia", "Venezuela")}),
    ("Cuban forces seized a boat belonging to a Colombian firm.", {("conflict", "Cuba", "Colombia")}),
    # a "to" the parse hung on the value of the goods ("worth $3 million to Cambodia") is the goods'
    (
        "Colombia will return 30 stolen antiquities worth $3 million to Cuba and Bolivia next month.",
        {("transfer", "Colombia", "Cuba"), ("transfer", "Colombia", "Bolivia")},
    ),
    ("Cuba shipped sugar worth $40 million to Venezuela last year.", {("transfer", "Cuba", "Venezuela")}),
    # troops deployed "in" a place are sent there (frame "station", as "stationed in")
    ("About 2,500 Colombian soldiers are deployed in Venezuela.", {("route", "Colombia", "Venezuela")}),
    ("Cuba has deployed 300 troops in Venezuela.", {("route", "Cuba", "Venezuela")}),
    ("Cuba deployed troops from Havana to Caracas.", {("route", "Havana", "Caracas")}),
    ("Russia's deployment of troops in Belarus worried Kyiv.", {("route", "Russia", "Belarus")}),
    ("Colombia's deployment of police in Venezuela ended.", {("route", "Colombia", "Venezuela")}),
    # an "-s" form the parse made a verb's subject is a noun: calls at two ports are no trip between them
    ("Cruise calls at Lima fell last year, and calls at Quito rose.", set()),
    ("Ship calls at Havana fell last summer, while calls at Caracas rose.", set()),
    # a fronted participle of leaving starts the trip of its verb
    (
        "Leaving Caracas on 3 November, the Philharmonic will fly to Havana for a five-concert residency.",
        {("route", "Caracas", "Havana")},
    ),
    ("Leaving Caracas, the convoy drove north to Bogota.", {("route", "Caracas", "Bogota")}),
    # tariffs take the frame of bans: on goods "from" a place, they are aimed at it
    ("Washington imposed tariffs on goods from Mexico.", {("conflict", "Washington", "Mexico")}),
    (
        "The U.S. president said he would impose 25% tariffs on all goods from Mexico and Canada.",
        {("conflict", "United States", "Mexico"), ("conflict", "United States", "Canada")},
    ),
    ("Colombia slapped tariffs against Venezuela.", {("conflict", "Colombia", "Venezuela")}),
    # a tariff, surtax or levy on goods made somewhere is aimed at where they are made
    ("Mexico imposed a surtax on electric cars made in China.", {("conflict", "Mexico", "China")}),
    ("Brazil put tariffs on steel produced in Argentina.", {("conflict", "Brazil", "Argentina")}),
    # the plural of a memorandum is one too
    ("Cuba and Venezuela signed seven memoranda of understanding.", {("tie", "Cuba", "Venezuela")}),
    ("Bolivia signed two memoranda with Brazil on Monday.", {("tie", "Bolivia", "Brazil")}),
    # legal claims, proceedings and arbitration against a place are disputes (CAMEO 115)
    ("Iraq filed an arbitration claim against Turkey.", {("conflict", "Iraq", "Turkey")}),
    ("Colombia filed a claim against Venezuela at the court.", {("conflict", "Colombia", "Venezuela")}),
    ("Cuba launched arbitration against Spain over the seized hotels.", {("conflict", "Cuba", "Spain")}),
    ("Colombia began legal proceedings against Venezuela at the court.", {("conflict", "Colombia", "Venezuela")}),
    # what places do jointly ties them, and the place they act on or in is no partner
    ("Cuba and Venezuela will patrol the Caribbean jointly.", {("tie", "Cuba", "Venezuela")}),
    (
        "Cuba and Venezuela will patrol the Caribbean jointly under a plan announced on Sunday.",
        {("tie", "Cuba", "Venezuela")},
    ),
    ("Colombia and Venezuela will jointly patrol Panama's coast.", {("tie", "Colombia", "Venezuela")}),
    # restricting a place's goods, or confronting its ships, is hostile (goods restricted still flow)
    (
        "Mexico restricted imports of Chinese steel last year.",
        {("conflict", "Mexico", "China"), ("transfer", "China", "Mexico")},
    ),
    (
        "Brazil has restricted purchases of Argentine wheat.",
        {("conflict", "Brazil", "Argentina"), ("transfer", "Argentina", "Brazil")},
    ),
    ("Colombian navy ships confronted Venezuelan fishing boats.", {("conflict", "Colombia", "Venezuela")}),
    ("Cuban patrol boats confronted a Mexican trawler on Monday.", {("conflict", "Cuba", "Mexico")}),
    # ships described as calling at ports make no voyage of their own
    ("Insurers raised premiums for vessels calling at Latakia and Beirut.", set()),
    # barring a place's people or goods is a ban on them (CAMEO 163)
    ("Colombia barred Venezuelan trucks from crossing its border.", {("conflict", "Colombia", "Venezuela")}),
    ("Panama barred Cuban traders from its markets last year.", {("conflict", "Panama", "Cuba")}),
    # "the three countries" names again the last list of three places
    (
        "After the votes in Cuba, Bolivia and Nicaragua, Mexico summoned the three countries' envoys.",
        {("conflict", "Mexico", "Cuba"), ("conflict", "Mexico", "Bolivia"), ("conflict", "Mexico", "Nicaragua")},
    ),
    (
        "Cuba, Bolivia and Nicaragua held elections in May, and the three countries later signed a pact with Iran.",
        {
            ("tie", "Cuba", "Iran"),
            ("tie", "Bolivia", "Iran"),
            ("tie", "Iran", "Nicaragua"),
        },
    ),
    # what a clause of naming calls the object is the object acted on
    (
        "Turkish jets struck what officials in Ankara described as militant camps in northern Iraq.",
        {("conflict", "Turkey", "Iraq")},
    ),
    ("Iran fired missiles at what it called a spy base in Iraq.", {("conflict", "Iran", "Iraq")}),
    # putting someone on a blacklist sanctions them; adding a place to a tour does not
    ("Washington added two Cuban trading firms to its export blacklist.", {("conflict", "Washington", "Cuba")}),
    ("Mexico put three Venezuelan oil companies on its sanctions list.", {("conflict", "Mexico", "Venezuela")}),
    ("The United States added 12 Chinese firms to the Entity List.", {("conflict", "United States", "China")}),
    ("The Cuban band added Lima to its tour.", set()),
    # money deposited "with" a place's bank goes to that place; animals translocated are moved goods
    ("Qatar has deposited 3 billion dollars with Turkey's central bank.", {("transfer", "Qatar", "Turkey")}),
    ("China deposited 2 billion dollars with the central bank of Argentina.", {("transfer", "China", "Argentina")}),
    ("Twenty rhinos were translocated from Colombia to Brazil.", {("transfer", "Colombia", "Brazil")}),
    ("Mexico translocated 40 jaguars to Panama last year.", {("transfer", "Mexico", "Panama")}),
    # a place on what goods are made or sold in is where they are made or sold
    (
        "Nearly all of the bananas sold in Colombian supermarkets come from Ecuador.",
        {("transfer", "Ecuador", "Colombia")},
    ),
    ("Most of the coffee sold in Mexican shops comes from Brazil.", {("transfer", "Brazil", "Mexico")}),
    ("Copper mined in Chilean pits is shipped to China.", {("transfer", "Chile", "China")}),
    # people expected somewhere are to arrive there (a plan); weather or growth expected is no trip
    ("The Cuban foreign minister is expected in Caracas next week.", {("route", "Cuba", "Caracas")}),
    ("Officials from Quito are expected in Lima on Monday to sign the deal.", {("route", "Quito", "Lima")}),
    ("Heavy rain from Cuba is expected in Mexico on Friday.", set()),
    # a visit "by" people "from" a place is made from there
    ("A visit to Lima by officials from Quito was called off.", {("route", "Quito", "Lima")}),
    ("The visit to Havana by a delegation from Bolivia went ahead.", {("route", "Bolivia", "Havana")}),
    # a war or hardship fled stands for the place it is in: where the trip starts
    ("Families who fled the war in Syria have settled in Lebanon.", {("route", "Syria", "Lebanon")}),
    ("Thousands fled the fighting in Colombia for Venezuela.", {("route", "Colombia", "Venezuela")}),
    ("Families fleeing the violence in Nicaragua crossed into Panama.", {("route", "Nicaragua", "Panama")}),
    # joining what places own together ties them; joining two places by a road or bridge does not
    ("Iraq and Turkey will link their power grids next year.", {("tie", "Iraq", "Turkey")}),
    ("Cuba and Venezuela agreed last week to pool their oil reserves.", {("tie", "Cuba", "Venezuela")}),
    ("Bolivia and Brazil have integrated their customs systems.", {("tie", "Bolivia", "Brazil")}),
    ("A new bridge links Colombia and Venezuela.", set()),
    # goods from a place seized by another place's customs or police arrived there (not at sea by a navy)
    (
        "Colombian customs officers seized a container of fake pills shipped from China.",
        {("transfer", "China", "Colombia")},
    ),
    ("Venezuelan police seized two tonnes of cocaine shipped from Colombia.", {("transfer", "Colombia", "Venezuela")}),
    ("Cuban customs seized 300 kilos of brake pads shipped from China.", {("transfer", "China", "Cuba")}),
    ("The Venezuelan navy seized rifles shipped from Iran.", set()),
    # forces (also named by a compound: "coastguard ships") that block a boat act on its place
    (
        "Venezuelan coastguard ships blocked a Colombian supply boat near the shoal.",
        {("conflict", "Venezuela", "Colombia")},
    ),
    ("Venezuelan navy vessels blocked a Colombian fishing boat.", {("conflict", "Venezuela", "Colombia")}),
    ("Colombia blocked the bill.", set()),
    ("Venezuelan protesters blocked a road in Colombia.", set()),
    # people pushed back are moved, named as the passive's subject or counted ("hundreds of migrants");
    # troops pushed back retreat
    ("Hundreds of migrants were pushed back from Turkey into Syria last month.", {("route", "Turkey", "Syria")}),
    ("Thousands of refugees were pushed back into Syria by Turkish guards.", {("route", "Turkey", "Syria")}),
    ("Russian troops were pushed back from Kyiv.", set()),
    # "we" of a quote is the country of its speaker named with a title in apposition
    (
        "“We have sent 300 generators to Lebanon since October,” said Jonas Petraitis, Syria's deputy energy minister.",
        {("transfer", "Syria", "Lebanon")},
    ),
    (
        "“We will send troops to Lebanon,” Ana Lopez, the Cuban defence minister, said.",
        {("route", "Cuba", "Lebanon")},
    ),
    # nouns of a trip or a service by land or air: a sleeper, a charter, a ride, a drive
    ("She took the sleeper from Moscow to Beijing.", {("route", "Moscow", "Beijing")}),
    ("Passengers boarded the sleeper from Quito to Lima at midnight.", {("route", "Quito", "Lima")}),
    ("A charter from Havana to Caracas landed late.", {("route", "Havana", "Caracas")}),
    ("Another charter from Caracas to Havana is due on Friday.", {("route", "Caracas", "Havana")}),
    ("The bus ride from Caracas to Bogota takes two days.", {("route", "Caracas", "Bogota")}),
    ("The drive from Quito to Lima took us a week.", {("route", "Quito", "Lima")}),
    ("He took a test drive in Caracas.", set()),
    # a passive clause of its own ("if either is attacked") has its own doer, unsaid
    ("Cuba and Venezuela agreed to defend each other if either is attacked.", {("tie", "Cuba", "Venezuela")}),
    ("Russia and China vowed to help one another if either were invaded.", {("tie", "China", "Russia")}),
    # a weapon that strikes was fired by the agent of its participle
    (
        "Shells fired by Syrian forces hit the Lebanese border town of Tyre overnight.",
        {("conflict", "Syria", "Lebanon")},
    ),
    ("Rockets fired by Russian troops struck Ukraine on Monday.", {("conflict", "Russia", "Ukraine")}),
    # the parties of a pact named by a clause with no relative word, which the parse may call an "acl"
    (
        "The agreement Manila and Canberra signed last August has been hailed by both navies.",
        {("tie", "Canberra", "Manila")},
    ),
    ("The cooperation accord Lima and Quito signed last year has been praised.", {("tie", "Lima", "Quito")}),
    # a place that expects, admits or attracts people a noun of movers names is where they go
    ("Kenya expects 2 million British tourists this year.", {("route", "United Kingdom", "Kenya")}),
    ("Germany admitted a million Syrian refugees in 2015.", {("route", "Syria", "Germany")}),
    ("Spain attracted 5 million German tourists in 2023.", {("route", "Germany", "Spain")}),
    # a country's weapon that kills people in a town attacks the town, as its troops do
    ("A Russian missile killed six people in Kyiv.", {("conflict", "Russia", "Kyiv")}),
    ("An Iranian missile killed four people in Baghdad on Sunday.", {("conflict", "Iran", "Baghdad")}),
    # the noun a passive relative clause describes underwent the act; it did not do it
    ("Police are questioning a Syrian man who was attacked in Berlin on Monday.", set()),
    ("A Russian officer who was poisoned in Britain is recovering.", set()),
    # being due in court is an appearance before a judge, no trip
    ("Officers arrived at the couple's Lima home. She was due in Quito Superior Court today.", set()),
    ("Police arrived at his Accra flat on Monday. He is due in Lagos magistrates' court on Friday.", set()),
    # looting, plundering and torching a place's property are attacks on it (CAMEO 171)
    ("Ethiopian troops looted shops in Somalia during the war.", {("conflict", "Ethiopia", "Somalia")}),
    ("Sudanese militias plundered villages in Chad last year.", {("conflict", "Sudan", "Chad")}),
    ("Russian soldiers torched homes in Ukraine.", {("conflict", "Russia", "Ukraine")}),
    ("Protesters torched cars in Paris.", set()),
    # a "back to" hung on the place a "from" names is where the movers go
    (
        "Uganda plans to relocate about 150,000 Sudanese refugees from camps in Kampala back to Sudan by the end "
        "of the year.",
        {("route", "Kampala", "Sudan")},
    ),
    (
        "Ethiopia plans to relocate about 20,000 Somali refugees from camps in Addis Ababa back to Somalia by June.",
        {("route", "Addis Ababa", "Somalia")},
    ),
    # goods traded at a price make no trade partners
    ("Nigerian crude traded at a premium to Angolan crude on Monday.", set()),
    ("Russian oil traded at a discount to Saudi oil last week.", set()),
    # workers who strike stop work; striking a pact or a deal is the pact
    ("Airport workers in Lisbon and Madrid will strike for 24 hours on Friday.", set()),
    ("Dock workers in Athens and Izmir will strike on Monday.", set()),
    ("Chile and Peru struck a lithium cooperation pact on Tuesday.", {("tie", "Chile", "Peru")}),
    ("Kenya and Uganda struck a trade deal in Kampala.", {("tie", "Kenya", "Uganda")}),
    # a war that only dates the clause is not its subject's
    ("Before the war, Lisbon, Madrid and Paris together handled most of the grain trade.", set()),
    ("After the war, Lima and Quito rebuilt their ports.", set()),
    # places that each join a third make no tie between them; joining forces is theirs together
    ("Peru and Chile joined the Pacific trade bloc in March.", set()),
    ("Ghana and Togo joined the regional power pool last year.", set()),
    ("France and Germany joined forces against the plan.", {("tie", "France", "Germany")}),
    # a carrier that runs somewhere is a service there
    ("The night train runs from Lisbon to Madrid.", {("route", "Lisbon", "Madrid")}),
    ("The ferry runs between Athens and Izmir.", {("route", "Athens", "Izmir")}),
    ("The ferry company runs a hotel in Athens.", set()),
    ("Ferries ply between Athens and Izmir.", {("route", "Athens", "Izmir")}),
    # a thing, not a person, bound for a place is goods going there
    ("Cathodes from Chile bound for Beijing were delayed.", {("transfer", "Chile", "Beijing")}),
    ("Ingots from Peru bound for Tokyo were delayed.", {("transfer", "Peru", "Tokyo")}),
    # visitors, pilgrims, holidaymakers and travellers are people who moved, as tourists are
    ("Kenyan visitors to Uganda rose by 10 percent.", {("route", "Kenya", "Uganda")}),
    (
        "Moroccan visitors to Spain outnumbered Spanish visitors to Morocco last year.",
        {("route", "Morocco", "Spain"), ("route", "Spain", "Morocco")},
    ),
    # carriers shipped are goods; relief carried is goods
    (
        "The shipment of 40 electric buses from Beijing to Lima was completed last week.",
        {("transfer", "Beijing", "Lima")},
    ),
    ("Relief trucks from Cairo reached Khartoum on Monday.", {("transfer", "Cairo", "Khartoum")}),
    ("No relief trucks could reach Khartoum from Cairo.", {("transfer", "Cairo", "Khartoum")}),
    # fighters bought are aircraft, goods: a transfer
    ("Peru is buying 24 stealth fighters from France.", {("transfer", "France", "Peru")}),
    ("Egypt bought 30 fighters from Russia in 2015.", {("transfer", "Russia", "Egypt")}),
    # commodities that travel are goods: a transfer, not a trip
    ("Saffron travelled from Tehran to Madrid by truck.", {("transfer", "Tehran", "Madrid")}),
    ("Silk went from Beijing to Moscow by rail.", {("transfer", "Beijing", "Moscow")}),
    # goods canned or packed somewhere leave from there
    ("Sardines canned in Lisbon are shipped to Caracas every week.", {("transfer", "Lisbon", "Caracas")}),
    ("Coffee packed in Bogota is shipped to Madrid.", {("transfer", "Bogota", "Madrid")}),
    # a ship's flag names where it is registered, no home of its voyage
    ("The yacht, flying a Panamanian flag, was moored in Lisbon when police boarded it.", set()),
    ("The tanker, which flies a Cuban flag, docked in Caracas on Monday.", set()),
    # a clause opened by a preposition and a relative word ("by which time") is no clause of the pact
    (
        "Mexico and Spain restored diplomatic relations in 1977, by which time the exiles' grandchildren spoke "
        "with Mexican accents.",
        {("tie", "Mexico", "Spain")},
    ),
    (
        "Cuba and Chile restored diplomatic relations in 1990, by which time most of the exiles had gone home.",
        {("tie", "Chile", "Cuba")},
    ),
    # trade figures a place's own body reports are that place's imports and exports
    ("Chinese customs data showed soybean imports from Brazil jumped last month.", {("transfer", "Brazil", "China")}),
    ("Japan's customs statistics show imports of crude from Qatar doubled.", {("transfer", "Qatar", "Japan")}),
    ("According to Indian trade figures, exports to Peru fell by a fifth.", {("transfer", "India", "Peru")}),
    # parties named in coordinated subjects act together, each on its own conjunct
    (
        "Officials from Kenya and officials from Uganda agreed to cooperate on water research.",
        {("tie", "Kenya", "Uganda")},
    ),
    ("Delegates from Peru and ministers from Chile signed a fisheries pact.", {("tie", "Chile", "Peru")}),
    # "drew up" a joint plan writes it: its subject makes it, no one incurs it
    ("Kenyan and Ugandan officials have drawn up a joint tourism strategy.", {("tie", "Kenya", "Uganda")}),
    ("Ghana and Togo drew up a joint plan for the border markets.", {("tie", "Ghana", "Togo")}),
    # an attack made jointly is also cooperation between those who make it
    (
        "Nigerian and Malian troops launched a joint offensive against the militants.",
        {("tie", "Mali", "Nigeria")},
    ),
    (
        "Joint air strikes by American and British jets hit rebel positions.",
        {("tie", "United Kingdom", "United States")},
    ),
    # goods seized by officers in a place, or seized there, had been brought to it
    (
        "Customs officers in Mombasa seized 200 boxes of insulin that had been trucked in from Kampala.",
        {("transfer", "Kampala", "Mombasa")},
    ),
    ("Police in Lagos seized fake pills that had been shipped from Accra.", {("transfer", "Accra", "Lagos")}),
    ("The 500 tablets seized in Nairobi had been smuggled in from Kampala.", {("transfer", "Kampala", "Nairobi")}),
    # "reached clinics in Juba": "in" on the verb of arriving is where the mover arrives
    ("Vaccines flown from Nairobi reached clinics in Kampala on Monday.", {("transfer", "Nairobi", "Kampala")}),
    ("Tents flown from Doha reached shelters in Beirut last week.", {("transfer", "Doha", "Beirut")}),
    # a protocol is a pact when it is signed, not a way of treating patients
    ("Egypt and Sudan signed a defence protocol on Monday.", {("tie", "Egypt", "Sudan")}),
    ("A protocol signed by Kenya and Ethiopia covers border trade.", {("tie", "Ethiopia", "Kenya")}),
    ("Doctors in Lima follow a treatment protocol developed in Quito.", set()),
    # animals born, bred or hatched somewhere leave from there when they are moved (a person's
    # birthplace is no origin of a move)
    ("Two pandas born at a zoo in Madrid were moved to a reserve near Beijing.", {("transfer", "Madrid", "Beijing")}),
    ("Six turtles hatched at Mombasa were flown to Kampala.", {("transfer", "Mombasa", "Kampala")}),
    ("Ten rhinos bred at a ranch near Nairobi were flown to Kampala.", {("transfer", "Nairobi", "Kampala")}),
    ("A man born in Lagos was deported to Accra.", set()),
    # "joint" on a noun's own modifier still marks the noun ("a joint glacier observatory")
    ("China and Pakistan plan to set up a joint glacier observatory in the north.", {("tie", "China", "Pakistan")}),
    ("Kenya and Uganda will build a joint glacier research station.", {("tie", "Kenya", "Uganda")}),
    # "cooperation" before a noun makes it cooperation: leaving it ends the tie
    ("Ukraine withdrew from a cultural cooperation programme with Poland.", {("tie", "Poland", "Ukraine")}),
    ("Ghana and Togo launched a cooperation scheme for border markets.", {("tie", "Ghana", "Togo")}),
    # whom fire is opened on or at is where they are
    ("Turkish troops fired at protesters in Damascus.", {("conflict", "Turkey", "Damascus")}),
    ("Sudanese soldiers fired on herders in Chad.", {("conflict", "Sudan", "Chad")}),
    # a place "outside" or "on the edge of" which a noun lies is where that noun is
    ("Aid was flown from Nairobi to a camp on the edge of Kampala.", {("transfer", "Nairobi", "Kampala")}),
    ("The truck had been driven from Lagos to a depot outside Accra.", {("route", "Lagos", "Accra")}),
    # goods bound for a place leave with the one departure the sentence tells (not a noun naming the
    # shipment again, whose parse may read its destination as where it came from)
    (
        "A cargo of 500 cattle left Mombasa on Monday aboard a carrier bound for Qatar, the first such shipment this year.",
        {("transfer", "Mombasa", "Qatar")},
    ),
    (
        "A consignment of 300 heifers left Lisbon aboard a ship bound for Libya, the first such shipment in a decade.",
        {("transfer", "Lisbon", "Libya")},
    ),
    # an adjective participle before the object that the parse made a verb of its own
    ("Turkey bought discounted Russian oil throughout the winter.", {("transfer", "Russia", "Turkey")}),
    ("Japan bought discounted Iranian oil throughout the decade.", {("transfer", "Iran", "Japan")}),
    # an offer of cooperation rejected is a tie that did not come about, not a hostile act
    ("Argentina rejected a Chinese offer to build a vaccine plant.", {("tie", "Argentina", "China")}),
    ("Guyana rejected Venezuela's proposal for joint patrols.", {("tie", "Guyana", "Venezuela")}),
    ("Egypt rejected Ethiopia's plan to fill the dam.", {("conflict", "Egypt", "Ethiopia")}),
    ("Kenya accepted Uganda's offer of help with the border census.", {("tie", "Kenya", "Uganda")}),
    ("Kenya is studying Uganda's offer of help with the census.", set()),
    # separate press conferences are no meeting between those who give them
    ("The Kenyan and Ugandan ministers gave separate press conferences in Nairobi and Kampala.", set()),
    ("The Ghanaian and Togolese leaders held separate news conferences in Accra and Lome.", set()),
    # rivals bidding or competing to host something are no partners
    ("Nairobi, Kampala and Accra are all bidding to host the new institute.", set()),
    ("Lima and Quito are competing to host the summit.", set()),
    # a threat whose object is the act itself: the act, hedged, is the link (and nothing else hangs on
    # the threat)
    (
        "China has threatened anti-dumping duties on Brazilian beef, alarming ranchers in Santa Cruz.",
        {("conflict", "China", "Brazil")},
    ),
    (
        "Mexico has threatened retaliatory tariffs on American steel, worrying workers in Chicago.",
        {("conflict", "Mexico", "United States")},
    ),
    # scientists and divers are people: sent, they travel
    ("Two Peruvian volcanologists were sent to Chile after the eruption.", {("route", "Peru", "Chile")}),
    ("Cuban navy divers were sent to Venezuela to survey the reefs.", {("route", "Cuba", "Venezuela")}),
    # racehorses and ice cores are goods
    ("Eleven Irish-trained thoroughbreds were flown from Lisbon to Doha.", {("transfer", "Lisbon", "Doha")}),
    ("Ice cores stored in Oslo were flown to Tokyo in freezers.", {("transfer", "Oslo", "Tokyo")}),
    # the phrase after a "by" agent that the parse hangs on the agent's name is the verb's
    (
        "Sanctions imposed by Canberra on Myanmar's army leaders will remain in place.",
        {("conflict", "Canberra", "Myanmar")},
    ),
    (
        "Sanctions imposed by Canberra on Myanmar's generals will remain in force.",
        {("conflict", "Canberra", "Myanmar")},
    ),
    # a participle of making the parse reads as the subject of the verb that moves the goods says
    # where they come from
    ("Coffee grown in Colombia is shipped to Madrid every month.", {("transfer", "Colombia", "Madrid")}),
    ("Cement produced in Turkey is trucked to Iraq.", {("transfer", "Turkey", "Iraq")}),
    # the places a sale names "among" its buyers are where the goods went
    (
        "China sold fighter jets to a dozen air forces, with Pakistan among its biggest customers.",
        {("transfer", "China", "Pakistan")},
    ),
    (
        "Brazil ships beef to 150 countries, with Egypt and Chile among the top markets.",
        {("transfer", "Brazil", "Chile"), ("transfer", "Brazil", "Egypt")},
    ),
    # a gerund object the parse reads as an adjective on its noun, straight after the verb: the verb's
    # subject does it, and the "to" the parse hangs on that verb is the gerund's
    ("Damascus has again denied supplying rockets to Beirut.", {("transfer", "Damascus", "Beirut")}),
    ("Havana has again denied selling missiles to Caracas.", {("transfer", "Havana", "Caracas")}),
    # "to" tagged as an infinitive's marker after an indirect object is still the preposition
    ("China will send two giant pandas to Donetsk later this year.", {("transfer", "China", "Donetsk")}),
    ("Spain will lend three paintings to Salisbury next year.", {("transfer", "Spain", "Salisbury")}),
    # what a state keeps closed, or closes its skies, to another's craft
    ("Greece kept its ports closed to Turkish ships for a decade.", {("conflict", "Greece", "Turkey")}),
    ("Poland has kept its airspace closed to Russian aircraft since 2022.", {("conflict", "Poland", "Russia")}),
    ("Moscow retaliated by closing Russian skies to Spanish carriers.", {("conflict", "Moscow", "Spain")}),
    ("Russia has closed its skies to Polish airlines.", {("conflict", "Russia", "Poland")}),
    # sabotage is an attack (CAMEO 17)
    ("Belarusian agents sabotaged a rail line in Poland.", {("conflict", "Belarus", "Poland")}),
    ("Saboteurs working for Russia sabotaged a pipeline in Lithuania.", {("conflict", "Russia", "Lithuania")}),
    # the "with" hung on the verb of a state noun under "in" is the state's partner
    ("Pakistan stands in solidarity with Turkey.", {("tie", "Pakistan", "Turkey")}),
    ("Kenya stands in full solidarity with Uganda after the floods.", {("tie", "Kenya", "Uganda")}),
    # teaming up is cooperation, being at loggerheads a dispute
    ("Greece and Cyprus have teamed up to protect shipwrecks.", {("tie", "Cyprus", "Greece")}),
    ("Ghana teamed up with Togo to fight malaria.", {("tie", "Ghana", "Togo")}),
    ("Egypt and Sudan remain at loggerheads over the dam.", {("conflict", "Egypt", "Sudan")}),
    ("Kenya has been at loggerheads with Somalia over the maritime border.", {("conflict", "Kenya", "Somalia")}),
    # who wins a place's backing is its partner
    ("Armenia has won France's backing in its dispute.", {("tie", "Armenia", "France")}),
    ("Peru received Chile's support after the quake.", {("tie", "Chile", "Peru")}),
    # the owner of a noun of enacting a measure imposes the measure
    ("Japan's introduction of tariffs on Chinese steel drew protests.", {("conflict", "Japan", "China")}),
    ("Peru's announcement of a ban on Chilean fruit shocked growers.", {("conflict", "Peru", "Chile")}),
    # leading people somewhere is going there with them
    ("The Peruvian president led a trade delegation to Madrid.", {("route", "Peru", "Madrid")}),
    ("Egypt's foreign minister will lead a team of envoys to Khartoum.", {("route", "Egypt", "Khartoum")}),
    ("The Chilean minister will lead a delegation to Lima in May.", {("route", "Chile", "Lima")}),
    ("Ghana led the talks in Accra.", set()),  # (led no people anywhere)
    ("Turkey exported drones to Iraq, with Poland among its critics.", {("transfer", "Turkey", "Iraq")}),  # (no buyer)
    # a setting off and a reaching told of the same movers by a pronoun are one trip
    (
        "A boat carrying 40 migrants that set off from Libya was intercepted by the navy before it could reach Italy.",
        {("route", "Libya", "Italy")},
    ),
    (
        "The coastguard stopped two dinghies from reaching Cyprus after they set off from Lebanon.",
        {("route", "Lebanon", "Cyprus")},
    ),
    # a state noun hung on a span of time ("for decades in a dispute") is the verb's
    ("Peru and Chile have been embroiled for decades in a dispute over the border.", {("conflict", "Chile", "Peru")}),
    (
        "Sudan and Egypt have been locked for decades in a feud over the Halaib triangle.",
        {("conflict", "Egypt", "Sudan")},
    ),
    # who faces a hostile measure is its target
    ("Ukraine could face Polish trade restrictions if the dispute goes on.", {("conflict", "Poland", "Ukraine")}),
    ("Chile may face Peruvian import restrictions.", {("conflict", "Peru", "Chile")}),
    # a storm by its name is no traveller
    ("Cyclone Idai moved from Kenya into Uganda overnight.", set()),
    ("Hurricane Maria moved from Cuba toward Mexico on Tuesday.", set()),
    ("Typhoon Hagibis moved from Japan toward Korea on Sunday.", set()),
    # places coordinated as the subject of praise each praise what is named
    ("Seafarers' unions in Lima and Quito welcomed the new rules on shore leave.", set()),
    ("Ghana and Togo praised the new ceasefire.", set()),
    ("Ghana and Togo praised each other.", {("tie", "Ghana", "Togo")}),
    ("Kenya and Uganda welcomed the deal they signed.", {("tie", "Kenya", "Uganda")}),
    # struggling or battling to do something is no fight
    ("Factories in Lebanon and Mexico are struggling to hire workers.", set()),
    ("Hospitals in Lagos and Accra are battling to contain the outbreak.", set()),
    # talks that collapse were no meeting (negated tie); relations that collapse are a crisis (conflict)
    ("Talks between Uganda and Kenya collapsed on Friday.", {("tie", "Kenya", "Uganda")}),
    ("Negotiations between Peru and Chile broke down in March.", {("tie", "Chile", "Peru")}),
    ("Relations between Peru and Chile collapsed after the vote.", {("conflict", "Chile", "Peru")}),
    # devotees travel, skulls are returned as objects
    ("Special trains will carry devotees from Lima to Quito for the festival.", {("route", "Lima", "Quito")}),
    ("A museum in Berlin has refused to return 14 skulls to Kenya.", {("transfer", "Berlin", "Kenya")}),
    # a place's people or statehood named by "of X" stands for X
    (
        "Ghana reiterates its firm support for the sovereignty and territorial integrity of Mali.",
        {("tie", "Ghana", "Mali")},
    ),
    ("Pakistan stands in full solidarity with the people of Turkey.", {("tie", "Pakistan", "Turkey")}),
    ("Kenya expressed support for the people of Somalia.", {("tie", "Kenya", "Somalia")}),
    # customs are a state's authority: a halt they order is a ban aimed at the goods' place
    (
        "Chinese customs halted all imports of Japanese seafood.",
        {("conflict", "China", "Japan"), ("transfer", "Japan", "China")},
    ),
    (
        "Indian customs suspended imports of Turkish apples last week.",
        {("conflict", "India", "Turkey"), ("transfer", "Turkey", "India")},
    ),
    # the "by" hung on a cue noun's "of" object is who did it
    ("The expulsion of three Polish diplomats by Minsk angered Warsaw.", {("conflict", "Minsk", "Poland")}),
    ("The expulsion of four Spanish diplomats by Havana surprised Madrid.", {("conflict", "Havana", "Spain")}),
    # a ban whose adjective names no place is the ban of the subject that imposed it
    (
        "Ghana imposed a temporary ban on Togolese poultry imports.",
        {("conflict", "Ghana", "Togo"), ("transfer", "Togo", "Ghana")},
    ),
    (
        "Peru imposed a temporary ban on Chilean fruit imports.",
        {("conflict", "Peru", "Chile"), ("transfer", "Chile", "Peru")},
    ),
    # support for a place's bid or campaign ("drive") is support for the place (not an adjective's)
    ("Ghana has voiced firm support for Togo's bid to join the bloc.", {("tie", "Ghana", "Togo")}),
    ("Ghana pledged support for Russian speakers in Mali.", set()),
    ("Kenya expressed strong support for Uganda's polio vaccination drive.", {("tie", "Kenya", "Uganda")}),
    ("Peru voiced support for Chile's recruitment drive.", {("tie", "Chile", "Peru")}),
    ("The two-hour drive from Lima to Quito is scenic.", {("route", "Lima", "Quito")}),
    # a cruiser is a warship: sent somewhere, it is deployed (as frigates and destroyers are)
    ("Moscow dispatched two cruisers to Latakia.", {("route", "Moscow", "Latakia")}),
    ("Russia sent a cruiser to Cuba.", {("route", "Russia", "Cuba")}),
    # "travel" is a trip noun
    ("Kenya suspended travel to Somalia.", {("route", "Kenya", "Somalia")}),
    ("Air travel between Lima and Quito resumed.", {("route", "Lima", "Quito")}),
    # a ship "steams" where it sails
    ("The destroyer steamed from Izmir to Athens on Friday.", {("route", "Izmir", "Athens")}),
    (
        "From Lisbon, the survey vessel steamed on to Casablanca and then Rabat.",
        {("route", "Lisbon", "Casablanca"), ("route", "Casablanca", "Rabat")},
    ),
    # a protest is lodged "to" whom it is aimed at; two places protesting together are no sides
    ("Ghana protested to Togo over the closure of the border.", {("conflict", "Ghana", "Togo")}),
    (
        "Kenya and Uganda protested to Somalia about the raids.",
        {("conflict", "Kenya", "Somalia"), ("conflict", "Uganda", "Somalia")},
    ),
    ("Farmers from Poland and Hungary protested in Brussels.", set()),
    # officials "in" or "from" places accuse and complain for them
    ("Officials in Kenya and Somalia traded accusations over the border.", {("conflict", "Kenya", "Somalia")}),
    ("Officials from Chile and Peru have traded accusations over the river.", {("conflict", "Chile", "Peru")}),
    ("Farmers from Poland accused Ukraine of dumping grain.", {("conflict", "Poland", "Ukraine")}),
    # ... but people of several places acting together act on no one of them ("traded" is each other)
    ("Students from Ghana and Togo marched in Accra to protest against the fees.", set()),
    ("Protesters in Lima and Quito rallied to denounce the new tax.", set()),
    ("Kenyan and Ugandan officials traded accusations over the border.", {("conflict", "Kenya", "Uganda")}),
    # a move made to help a place goes there (the help is the move, no tie of its own)
    ("Washington sent $25 million to help Colombia rebuild its power grid.", {("transfer", "Washington", "Colombia")}),
    ("Japan donated $10 million to help Malawi.", {("transfer", "Japan", "Malawi")}),
    (
        "Italy sent firefighters to assist Greece and Cyprus.",
        {("route", "Italy", "Greece"), ("route", "Italy", "Cyprus")},
    ),
    # a reaching told as some time after a setting off is one trip
    ("The trawler docked in Oslo hours after leaving Lisbon.", {("route", "Lisbon", "Oslo")}),
    ("Two days after leaving Lisbon, the ship reached Rabat.", {("route", "Lisbon", "Rabat")}),
    # mined and traded goods: concentrate, ballots, frogs bred for release
    ("Most of the copper concentrate leaving Lima is trucked to Quito.", {("transfer", "Lima", "Quito")}),
    ("Ballots from the polling station in Doha never reached Cairo.", {("transfer", "Doha", "Cairo")}),
    ("Twelve frogs bred in captivity were flown from Lisbon to Havana.", {("transfer", "Lisbon", "Havana")}),
    # where goods "end up" is where they went (people who end up somewhere were moved by no one)
    ("Most of Sudan's gold ends up in Doha.", {("transfer", "Sudan", "Doha")}),
    ("Much of Ghana's cocoa ends up in the Netherlands.", {("transfer", "Ghana", "Netherlands")}),
    ("Most of the Peru team ended up in a hotel in Quito.", set()),
    # an attack in an "if" clause cut short ("if attacked") has no doer: allies, not foes
    (
        "Pyongyang and Moscow signed a defence treaty, pledging to help each other if attacked.",
        {("tie", "Moscow", "Pyongyang")},
    ),
    ("Chile and Peru signed a security pact, promising to defend each other if invaded.", {("tie", "Chile", "Peru")}),
    # armed forces entering a state's airspace or waters violate it
    (
        "A Russian military aircraft entered Lithuanian airspace without permission.",
        {("conflict", "Russia", "Lithuania")},
    ),
    (
        "Thirty Chinese fighter jets entered Taiwan's air defence identification zone.",
        {("conflict", "China", "Taiwan")},
    ),
    ("Two Russian warships entered Japanese waters.", {("conflict", "Russia", "Japan")}),
    # a pact joined is no pact among its joiners
    ("Israel, India and Pakistan have never joined the Non-Proliferation Treaty.", set()),
    ("Chile and Peru joined the trade agreement last year.", set()),
    ("Kenya and Uganda joined forces against the rebels.", {("tie", "Kenya", "Uganda")}),
    # carriers sold, lent or given away are goods (no service of their own)
    ("Spain sold two ferries to Greece.", {("transfer", "Spain", "Greece")}),
    ("Italy will lend two metro trains to Greece.", {("transfer", "Italy", "Greece")}),
    ("Italy will donate ten buses to Ghana.", {("transfer", "Italy", "Ghana")}),
    # a cup tie is a game, no bond
    ("Turnout in Lima dipped during the evening's cup tie between Peru and Chile.", set()),
    ("Fans in Madrid cheered the Davis Cup tie between Spain and Italy.", set()),
    ("Chile and Peru strengthened ties during the World Cup.", {("tie", "Chile", "Peru")}),
    # wardens are people; remains and specimens are goods
    ("Traffic wardens from Lima have been lent to Quito for the summer.", {("route", "Lima", "Quito")}),
    ("Park wardens from Kenya were lent to Uganda for the season.", {("route", "Kenya", "Uganda")}),
    ("The remains of two soldiers were flown from Lisbon to Havana.", {("transfer", "Lisbon", "Havana")}),
    ("The remains of the pilot were repatriated from Lima to Quito.", {("transfer", "Lima", "Quito")}),
    ("A specimen was flown from Lima to Quito.", {("transfer", "Lima", "Quito")}),
    # "on the outskirts of X" is X (the model's lemma of "outskirts" is "outskirt")
    ("Kenyan artillery shelled army positions on the outskirts of Kampala.", {("conflict", "Kenya", "Kampala")}),
    ("Ukrainian drones struck fuel depots on the outskirts of Moscow.", {("conflict", "Ukraine", "Moscow")}),
    ("Refugees in camps on the outskirts of Kampala returned to Kenya.", {("route", "Kampala", "Kenya")}),
    # whose twin a place is: its possessor, or the subject an "its" stands for
    ("Lima is Quito's sister city.", {("tie", "Lima", "Quito")}),
    (
        "The city of Lima will host a delegation from Quito, its sister city, during the festival.",
        {("route", "Quito", "Lima"), ("tie", "Lima", "Quito")},
    ),
    ("Madrid sent gifts to Lisbon, its twin city.", {("transfer", "Madrid", "Lisbon"), ("tie", "Lisbon", "Madrid")}),
    # leaving a pact "out of" names its parties as leaving "from" does
    ("Peru pulled out of a trade agreement with Chile.", {("tie", "Chile", "Peru")}),
    ("Ghana backed out of the defence pact with Togo last year.", {("tie", "Ghana", "Togo")}),
    # a service boarded "before" it, after a trip to a place, leaves from there
    (
        "The migrants were bused from Lima to Quito before boarding flights to Madrid.",
        {("route", "Lima", "Quito"), ("route", "Quito", "Madrid")},
    ),
    ("The evacuees were driven to Accra before boarding charter flights to London.", {("route", "Accra", "London")}),
    # a blow to traders by no armed force is harm to a market, no attack on their place
    ("Ghana banned cocoa exports, hitting buyers in Togo and Nigeria.", set()),
    ("Argentina cut wheat exports, hitting buyers in Chile and Peru.", set()),
    ("The floods in Kenya hit farmers in Uganda.", set()),
    ("Russian missiles hit traders in Kyiv.", {("conflict", "Russia", "Kyiv")}),
    ("Kenya's new levy hit exporters in Uganda.", {("conflict", "Kenya", "Uganda")}),
    # whom a state bars "from" going somewhere is who would have gone
    (
        "Egypt has barred Iranian airlines from flying to Cairo.",
        {("route", "Iran", "Cairo"), ("conflict", "Egypt", "Iran")},
    ),
    (
        "Kenya banned Somali traders from entering Nairobi.",
        {("route", "Somalia", "Nairobi"), ("conflict", "Kenya", "Somalia")},
    ),
    ("Ghana prevented Nigerian trucks from crossing into Togo.", {("route", "Nigeria", "Togo")}),
    ("Peru barred its citizens from travelling to Chile.", {("route", "Peru", "Chile")}),
    # people waiting or lingering somewhere set off from there
    (
        "Dozens of families who had been waiting in Mexico crossed into the United States.",
        {("route", "Mexico", "United States")},
    ),
    ("Migrants waiting in Libya for weeks sailed to Italy.", {("route", "Libya", "Italy")}),
    # goods met "on arrival" somewhere got there
    ("Two tonnes of ivory shipped from Mombasa were seized on arrival in Hanoi.", {("transfer", "Mombasa", "Hanoi")}),
    ("Cocaine exported from Ecuador was found on arrival in Lisbon.", {("transfer", "Ecuador", "Lisbon")}),
    ("The minister's arrival in Lima was delayed.", set()),
    # goods bound somewhere that a place loads leave from it
    ("The port of Mombasa loaded 40,000 tonnes of tea bound for Doha on Monday.", {("transfer", "Mombasa", "Doha")}),
    ("The port of Lisbon loaded 30,000 tonnes of wheat bound for Rabat.", {("transfer", "Lisbon", "Rabat")}),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[t[:50] for t, _ in CASES])
def test_news_construction(text, expected):
    assert named(relations_of(text)) == expected
