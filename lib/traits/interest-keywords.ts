/**
 * The interest taxonomy and its keywords in English, Spanish, Portuguese, French and German.
 * Keywords are lowercase without accents (tokens are folded the same way); "_" joins a
 * two-word phrase. A word that means different things in different fields ("match", "set",
 * "run", "game" alone) is left out: a missed interest costs less than a wrong one.
 */
export const INTEREST_CATEGORIES = [
  'beauty', 'fashion', 'fitness', 'food', 'travel', 'gaming', 'tech', 'music', 'sports', 'parenting',
  'pets', 'home-garden', 'finance', 'education', 'entertainment', 'health', 'outdoors', 'art-design',
  'business', 'automotive',
] as const;
export type InterestCategory = (typeof INTEREST_CATEGORIES)[number];

export const INTEREST_KEYWORDS: Record<InterestCategory, string> = {
  beauty: `makeup make_up skincare skin_care lipstick mascara eyeliner eyeshadow foundation concealer blush contour
    highlighter serum moisturizer sunscreen nails manicure hairstyle haircare lashes brows glowy acne
    maquillaje labial pestanas cejas cabello piel rimel cuidado_de_la_piel
    maquiagem batom cilios sobrancelha unhas cabelo pele rimel skincare protetor_solar
    maquillage rouge_a_levres cils sourcils ongles cheveux peau soin_de_la_peau fond_de_teint
    schminke lippenstift wimpern augenbrauen nagel nagellack haare hautpflege beauty beleza belleza beaute kosmetik cosmetics`,
  fashion: `fashion outfit outfits ootd style dress dresses sneakers heels handbag jeans streetwear wardrobe designer runway
    jacket vintage_clothes lookbook
    moda ropa vestido vestidos zapatillas tacones bolso conjunto estilo
    roupa roupas vestido tenis bolsa estilo
    mode tenue robe robes baskets talons style
    mode kleidung kleid outfit schuhe handtasche`,
  fitness: `fitness gym workout workouts training squat squats deadlift cardio gains abs hiit pilates crossfit bodybuilding
    protein reps muscle muscles calisthenics treino academia musculacao gimnasio entrenamiento ejercicio musculo
    entrainement musculation salle_de_sport exercice training fitnessstudio krafttraining muskeln ubungen abnehmen`,
  food: `food recipe recipes cooking baking cake pasta pizza dinner lunch breakfast delicious yummy tasty chef kitchen vegan
    dessert cookies bread soup salad foodie
    receta recetas comida cocina cocinar pastel postre delicioso rico cena almuerzo desayuno tacos pan
    receita receitas comida cozinha cozinhar bolo sobremesa delicia gostoso jantar almoco churrasco 
    recette recettes cuisine cuisiner gateau dessert delicieux miam diner dejeuner patisserie
    rezept rezepte kochen backen kuchen essen lecker abendessen fruhstuck nachtisch`,
  travel: `travel traveling travelling trip vacation holiday holidays beach hotel flight wanderlust backpacking itinerary
    passport destination
    viaje viajar viajes vacaciones playa vuelo destino
    viagem viajar ferias praia voo destino passaporte passagem passagens
    voyage voyager vacances plage vol destination
    reise reisen verreisen urlaub strand flug`,
  gaming: `gaming gamer gamers videogame videogames playstation xbox nintendo minecraft fortnite valorant esports
    twitch console controller speedrun gameplay steam rpg fps
    videojuego videojuegos jugando partida
    jogo jogos jogando videogame
    jeu_video jeux_video manette
    zocken zocke zockt spiele konsole`,
  tech: `tech technology smartphone iphone android laptop computer software coding programming developer app apps gadget
    gadgets chatgpt pc gpu keyboard
    tecnologia celular computadora programacion
    tecnologia celular computador programacao
    technologie ordinateur logiciel programmation
    technik technologie computer programmieren`,
  music: `music song songs album concert singer guitar piano drums lyrics playlist band rapper rap melody vocals tour
    musica cancion canciones concierto cantante guitarra letra
    musica cancao musicas cantor cantora
    musique chanson chansons chanteur chanteuse guitare
    musik lieder konzert sanger gitarre`,
  sports: `football soccer basketball baseball tennis golf nba nfl fifa league championship player
    futbol gol golazo partido equipo jugador liga campeon
    futebol gol jogador campeonato
    joueur equipe championnat
    fussball tor spieler mannschaft bundesliga verein`,
  parenting: `baby babies toddler newborn mom mama mommy dad daddy parenting pregnant pregnancy kids children daughter
    breastfeeding diaper
    bebe bebes hijo hija hijos embarazo embarazada maternidad crianza
    bebe filho filha filhos crianca criancas gravidez gravida maternidade
    bebe enfant enfants fils fille grossesse enceinte maman
    baby kinder sohn tochter schwanger schwangerschaft mutter eltern`,
  pets: `dog dogs puppy puppies cat cats kitten kittens pet pets vet doggo pup
    perro perros perrito gato gatos gatito mascota mascotas
    cachorro cachorros gato gatos gatinho pet
    chien chiens chiot chaton
    hund hunde welpe katze katzen haustier`,
  'home-garden': `home_decor interior decor garden gardening plants plant furniture renovation diy kitchen_remodel cozy
    bedroom living_room
    decoracion jardin jardineria plantas muebles hogar
    decoracao jardim jardinagem plantas moveis casa_nova
    decoration jardin jardinage plantes meubles maison
    einrichtung garten pflanzen mobel wohnung deko`,
  finance: `money invest investing investment stocks crypto bitcoin savings budget finance trading dividends retirement
    dinero invertir inversion ahorro ahorrar finanzas acciones
    dinheiro investir investimento investimentos economia financas acoes
    argent investir investissement epargne finances bourse
    geld investieren aktien sparen finanzen`,
  education: `study studying student students exam exams teacher school university college homework lesson learn learning
    math
    estudiar estudiante examen profesor escuela universidad tarea aprender
    estudar estudante prova professor professora escola faculdade aprender
    etudier etudiant examen professeur ecole universite devoirs apprendre
    lernen studieren student prufung lehrer schule universitat hausaufgaben`,
  entertainment: `movie movies film series netflix episode season trailer actor actress celebrity anime comedy funny
    pelicula peliculas serie actor actriz temporada capitulo
    filme filmes serie novela ator atriz temporada episodio
    film films serie acteur actrice saison episode
    filme serie schauspieler schauspielerin staffel folge`,
  health: `health healthy wellness mental_health anxiety therapy doctor diet nutrition sleep meditation vitamins
    salud saludable ansiedad terapia medico nutricion dieta
    saude saudavel ansiedade terapia medico nutricao dieta
    sante anxiete therapie medecin nutrition regime
    gesundheit gesund therapie arzt ernahrung`,
  outdoors: `hiking hike camping mountains mountain trail fishing climbing kayak nature sunset forest
    senderismo montana montanas acampar naturaleza pesca
    trilha montanha acampamento natureza pesca
    randonnee montagne camping nature peche
    wandern berge berg natur angeln zelten`,
  'art-design': `art artist drawing painting sketch illustration design designer watercolor portrait sculpture
    photography canvas
    arte artista dibujo pintura ilustracion diseno
    arte artista desenho pintura ilustracao
    art artiste dessin peinture illustration
    kunst kunstler zeichnung malerei illustration`,
  business: `business entrepreneur startup marketing sales brand branding ceo small_business ecommerce clients
    negocio emprendedor emprendimiento ventas clientes empresa
    negocio empreendedor empreendedorismo vendas clientes empresa
    entreprise entrepreneur ventes clients
    unternehmen unternehmer geschaft kunden`,
  automotive: `car cars truck engine motorcycle bmw audi tesla toyota honda mercedes porsche ferrari drift
    carro coche coches auto autos motor moto
    carro carros motor moto
    voiture voitures moteur moto
    auto autos motor motorrad`,
};
