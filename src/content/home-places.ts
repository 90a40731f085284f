/**
 * Where people are from: the provinces, states, regions and largest cities of each nationality the emergency directory
 * knows (and of Nepal, Uganda and Ethiopia, recognised to answer with the `other` card), so that "I'm from Ludhiana",
 * 我們是板橋人 or "taga Isabela ako" picks that government's line (issue 12, `inferNationality`).
 *
 * Names are written as people type them: English or the country's own Latin spelling, and Chinese in Simplified (the
 * normalised form: Traditional folds to it). Vietnamese Latin names are written without tone marks and matched with
 * or without them.
 *
 * Left out on purpose, because they would name the wrong country or none: names that are ordinary words (Nan, Tak,
 * Surat, Kota, Salem, 中山, 太平, 朝阳, 白银, 来宾, 阿里), names shared by two countries (Punjab, Hyderabad, Kashmir and
 * Tamil are kept in both lists so that they tie and the bot asks; 北海, 河南 in Vietnam, 老街, 安顺 in Malaysia, 德州
 * for Texas are left out), and the border towns and crossings people pass through on the way to the compounds (Mae
 * Sot, Mae Sai, Tak, Sa Kaeo, 瑞丽).
 *
 * `bare`: names in a country few people are taken to work in (India, Sri Lanka, Kenya…), which say where someone is
 * from without any marker. `marked`: names in countries that are also workplaces, destinations or routes (mainland
 * China, Thailand, the Philippines, Malaysia, Singapore, Hong Kong and Taiwan in English, where migrant workers and
 * helpers write about their employers' towns), which count only after "from", "taga", 来自, 老家… or before 人, 籍.
 */
import type { Sourced } from "./sourced.ts";
import { CONTENT_REVIEWED } from "./sources.ts";

/** Nationalities with numbers of their own, and those recognised without (Nepal, Uganda, Ethiopia). */
export type HomeCode =
  | "cn"
  | "hk"
  | "mo"
  | "tw"
  | "in"
  | "ph"
  | "id"
  | "my"
  | "vn"
  | "th"
  | "lk"
  | "pk"
  | "bd"
  | "ke"
  | "sg"
  | "np"
  | "ug"
  | "et";

export interface HomePlaces extends Sourced {
  bare: readonly string[];
  marked: readonly string[];
}

/** A list written as one comma-separated line: a gazetteer one name per line would be thousands of lines. */
const names = (line: string): string[] =>
  line
    .split(",")
    .map((name) => name.trim())
    .filter(Boolean);

const WIKI = "https://en.wikipedia.org/wiki/";
const ZH_WIKI = "https://zh.wikipedia.org/wiki/";

function home(source: string[], bare: string, marked = ""): HomePlaces {
  return { bare: names(bare), marked: names(marked), source, reviewed: CONTENT_REVIEWED };
}

export const HOME_PLACES: Readonly<Record<HomeCode, HomePlaces>> = {
  cn: home(
    [
      `${WIKI}Provinces_of_China`,
      `${WIKI}List_of_prefecture-level_divisions_of_China`,
      `${ZH_WIKI}中华人民共和国地级以上行政区列表`,
    ],
    "",
    // Provinces and regions, then the prefecture-level cities by province, then well-known county-level cities.
    "北京,上海,天津,重庆,河北,河南,山东,山西,陕西,四川,湖南,湖北,广东,广西,福建,江西,江苏,浙江,安徽,云南,贵州,甘肃,青海," +
      "辽宁,吉林,黑龙江,内蒙古,新疆,宁夏,海南,西藏,东北,潮汕,闽南," +
      "石家庄,唐山,秦皇岛,邯郸,邢台,保定,张家口,承德,沧州,廊坊,衡水,太原,大同,阳泉,长治,晋城,朔州,晋中,运城,忻州,临汾," +
      "吕梁,呼和浩特,包头,乌海,赤峰,通辽,鄂尔多斯,呼伦贝尔,巴彦淖尔,乌兰察布,沈阳,大连,鞍山,抚顺,本溪,丹东,锦州,营口," +
      "阜新,辽阳,盘锦,铁岭,葫芦岛,长春,四平,辽源,通化,白山,松原,白城,延边,延吉,哈尔滨,齐齐哈尔,鸡西,鹤岗,双鸭山,大庆," +
      "伊春,佳木斯,七台河,牡丹江,黑河,绥化,南京,无锡,徐州,常州,苏州,南通,连云港,淮安,盐城,扬州,镇江,泰州,宿迁,杭州,宁波," +
      "温州,嘉兴,湖州,绍兴,金华,衢州,舟山,台州,丽水,合肥,芜湖,蚌埠,淮南,淮北,铜陵,安庆,黄山,滁州,阜阳,宿州,六安,亳州," +
      "池州,宣城,福州,厦门,莆田,三明,泉州,漳州,南平,龙岩,宁德,南昌,景德镇,萍乡,九江,新余,鹰潭,赣州,吉安,宜春,抚州,上饶," +
      "济南,青岛,淄博,枣庄,东营,烟台,潍坊,济宁,泰安,威海,日照,临沂,聊城,滨州,菏泽,郑州,开封,洛阳,平顶山,安阳,鹤壁,新乡," +
      "焦作,濮阳,许昌,漯河,三门峡,南阳,商丘,信阳,周口,驻马店,武汉,十堰,宜昌,襄阳,鄂州,荆门,孝感,荆州,黄冈,咸宁,随州,恩施," +
      "长沙,株洲,湘潭,衡阳,邵阳,岳阳,常德,张家界,益阳,郴州,永州,怀化,娄底,湘西,广州,韶关,深圳,珠海,汕头,佛山,江门,湛江," +
      "茂名,肇庆,惠州,梅州,汕尾,河源,阳江,清远,东莞,潮州,揭阳,云浮,南宁,柳州,桂林,梧州,防城港,钦州,贵港,玉林,百色,贺州," +
      "河池,崇左,海口,三亚,儋州,成都,自贡,攀枝花,泸州,德阳,绵阳,广元,遂宁,内江,乐山,南充,眉山,宜宾,广安,达州,雅安,巴中," +
      "资阳,凉山,贵阳,六盘水,遵义,毕节,铜仁,黔东南,黔南,黔西南,昆明,曲靖,玉溪,保山,昭通,丽江,临沧,楚雄,红河,西双版纳," +
      "大理,德宏,怒江,迪庆,拉萨,日喀则,昌都,林芝,那曲,西安,铜川,宝鸡,咸阳,渭南,延安,汉中,榆林,安康,商洛,兰州,嘉峪关,金昌," +
      "天水,武威,张掖,平凉,酒泉,庆阳,定西,陇南,临夏,甘南,西宁,海东,银川,石嘴山,吴忠,固原,中卫,乌鲁木齐,克拉玛依,吐鲁番," +
      "哈密,喀什,和田,阿克苏,伊犁,昌吉,库尔勒,义乌,昆山,晋江,石狮,福清,安溪,江阴,常熟,张家港,慈溪,余姚,瑞安,乐清," +
      "beijing,shanghai,tianjin,chongqing,hebei,henan,shandong,shanxi,shaanxi,sichuan,hunan,hubei,guangdong,guangxi,fujian," +
      "jiangxi,jiangsu,zhejiang,anhui,yunnan,guizhou,gansu,qinghai,liaoning,jilin,heilongjiang,inner mongolia,xinjiang," +
      "ningxia,hainan,tibet,guangzhou,shenzhen,chengdu,wuhan,changsha,zhengzhou,xi'an,xian,hangzhou,nanjing,kunming,xiamen," +
      "fuzhou,quanzhou,wenzhou,ningbo,suzhou,wuxi,dongguan,foshan,shantou,zhuhai,qingdao,jinan,dalian,shenyang,harbin," +
      "changchun,hefei,nanchang,nanning,guiyang,lanzhou,taiyuan,shijiazhuang,hohhot,urumqi,yinchuan,haikou,lhasa,luoyang," +
      "guilin,yiwu,putian,zhangzhou,anxi,fuqing,jinjiang,zhoukou,shangqiu,nanyang,xinyang,zhumadian",
  ),
  hk: home(
    [`${WIKI}Districts_of_Hong_Kong`, `${WIKI}List_of_places_in_Hong_Kong`, `${ZH_WIKI}香港行政區劃`],
    // The 18 districts and the best-known towns and neighbourhoods; generic ones (东区, 南区, 北区, 离岛) left out.
    "九龙,新界,港岛,香港岛,中西区,湾仔,油尖旺,深水埗,九龙城,黄大仙,观塘,荃湾,屯门,元朗,葵青,沙田,大埔,上水,粉岭,将军澳," +
      "天水围,马鞍山,东涌,葵涌,油麻地,尖沙咀,旺角,红磡,土瓜湾,何文田,铜锣湾,北角,柴湾,筲箕湾,鲗鱼涌,香港仔,鸭脷洲," +
      "坚尼地城,西营盘,跑马地,慈云山,钻石山,乐富,秀茂坪,牛头角,九龙湾,长沙湾,荔枝角,大角咀,坑口," +
      "大围,乌溪沙",
    "kowloon,new territories,sha tin,shatin,tuen mun,yuen long,tsuen wan,kwun tong,mong kok,mongkok,causeway bay," +
      "sham shui po,tin shui wai,tseung kwan o,tai po,sheung shui,fanling,wong tai sin,kwai chung,kwai tsing,tsing yi," +
      "tsim sha tsui,wan chai,tung chung,ma on shan,sai kung,yau tsim mong,kowloon city,hung hom,to kwa wan,north point," +
      "chai wan,shau kei wan,quarry bay,ap lei chau,kennedy town,sai ying pun,lam tin,tai wai,fo tan," +
      "tsz wan shan,lok fu,mei foo,yau ma tei,sheung wan,tai koo,kwai fong,tai wo hau,lai chi kok",
  ),
  mo: home(
    [`${WIKI}Freguesias_of_Macau`, `${ZH_WIKI}澳門行政區劃`],
    "氹仔,凼仔,路环,路氹,路凼,黑沙环,筷子基,望厦,花地玛,花王堂,风顺堂,大堂区,嘉模,台山区,新口岸,林茂塘,青洲,祐汉",
    "taipa,coloane,cotai,areia preta,fai chi kei,nossa senhora de fatima",
  ),
  tw: home(
    [
      `${WIKI}List_of_administrative_divisions_of_Taiwan`,
      `${WIKI}List_of_cities_in_Taiwan`,
      `${ZH_WIKI}中華民國行政區劃`,
    ],
    // The 22 counties and cities, the county-administered cities and the most populous districts and townships.
    "台北,新北,桃园,台中,台南,高雄,基隆,新竹,苗栗,彰化,南投,云林,嘉义,屏东,宜兰,花莲,台东,澎湖,金门,马祖,连江,板桥," +
      "新庄,土城,芦洲,汐止,莺歌,中坜,平镇,芦竹,大园,丰原,大里,沙鹿," +
      "大甲,潭子,乌日,雾峰,新营,佳里,善化,归仁,冈山,楠梓,左营,前镇,苓雅,旗山," +
      "竹北,竹东,头份,竹南,员林,鹿港,斗六,虎尾,北港,朴子,罗东,头城,马公,埔里,草屯," +
      "北投,士林,内湖,文山区,万华,松山区",
    "taipei,new taipei,taoyuan,taichung,tainan,kaohsiung,keelung,hsinchu,miaoli,changhua,nantou,yunlin,chiayi,pingtung," +
      "yilan,hualien,taitung,penghu,kinmen,matsu,banqiao,xinzhuang,xindian,tucheng,xizhi," +
      "tamsui,danshui,zhongli,chungli,pingzhen,fengyuan,gangshan,zhubei,jhubei,toufen," +
      "zhunan,yuanlin,lukang,douliu,huwei,magong,puli,luodong,beitou,neihu,xinying",
  ),
  in: home(
    [`${WIKI}States_and_union_territories_of_India`, `${WIKI}List_of_cities_in_India_by_population`],
    // States and union territories, then the cities of a million or more and the large towns migrants come from.
    "kerala,tamil nadu,delhi,new delhi,uttar pradesh,bihar,gujarat,maharashtra,karnataka,andhra pradesh,telangana," +
      "rajasthan,haryana,odisha,orissa,west bengal,assam,jharkhand,madhya pradesh,chhattisgarh,uttarakhand,himachal pradesh," +
      "jammu,ladakh,sikkim,arunachal pradesh,nagaland,manipur,mizoram,tripura,meghalaya,puducherry,pondicherry,chandigarh," +
      "andaman,lakshadweep,mumbai,bombay,chennai,madras,bangalore,bengaluru,kolkata,calcutta,ahmedabad,pune,jaipur,lucknow," +
      "kanpur,nagpur,indore,thane,bhopal,visakhapatnam,vizag,patna,vadodara,baroda,ghaziabad,ludhiana,agra,nashik,faridabad," +
      "meerut,rajkot,varanasi,banaras,srinagar,aurangabad,amritsar,navi mumbai,allahabad,prayagraj,ranchi,howrah," +
      "coimbatore,jabalpur,gwalior,vijayawada,jodhpur,madurai,raipur,guwahati,mysore,mysuru,mangalore,mangaluru,kochi,cochin," +
      "ernakulam,trivandrum,thiruvananthapuram,kozhikode,calicut,thrissur,kollam,kannur,malappuram,palakkad,alappuzha," +
      "kottayam,pathanamthitta,tiruchirappalli,trichy,tirunelveli,vellore,tiruppur,thanjavur,hubli,belgaum,belagavi," +
      "warangal,guntur,nellore,tirupati,kakinada,rajahmundry,dehradun,haridwar,shimla,noida,gurgaon,gurugram,aligarh," +
      "bareilly,moradabad,gorakhpur,saharanpur,jhansi,dhanbad,jamshedpur,bokaro,bhubaneswar,cuttack,siliguri,durgapur," +
      "asansol,jalandhar,patiala,bathinda,mohali,ambala,panipat,rohtak,hisar,karnal,sonipat,bikaner,ajmer,udaipur," +
      "bhagalpur,muzaffarpur,darbhanga,imphal,shillong,agartala,aizawl,kohima,gangtok,panaji,margao," +
      "喀拉拉,泰米尔纳德,孟买,新德里,金奈,班加罗尔,加尔各答,浦那,艾哈迈达巴德,古吉拉特,北方邦,比哈尔,拉贾斯坦,卡纳塔克," +
      "马哈拉施特拉,安得拉,特伦甘纳,西孟加拉,阿萨姆,奥里萨,斋浦尔,勒克瑙,昌迪加尔,哈里亚纳,瓦拉纳西,阿姆利则",
    // Shared with Pakistan (tie, then ask), or a holiday place.
    "punjab,hyderabad,kashmir,goa,德里,旁遮普,海得拉巴,克什米尔,果阿",
  ),
  ph: home(
    [
      `${WIKI}Provinces_of_the_Philippines`,
      `${WIKI}List_of_cities_in_the_Philippines`,
      `${WIKI}Regions_of_the_Philippines`,
    ],
    "",
    "manila,metro manila,quezon city,cebu,cebu city,davao,davao city,pampanga,cavite,laguna,batangas,bulacan,pangasinan," +
      "iloilo,bacolod,cagayan de oro,zamboanga,baguio,tarlac,nueva ecija,ilocos,ilocos norte,ilocos sur,leyte,samar," +
      "mindanao,visayas,luzon,bicol,albay,palawan,negros,negros occidental,negros oriental,caloocan,taguig,pasig,makati," +
      "abra,agusan,aklan,apayao,basilan,bataan,batanes,benguet,biliran,bohol,bukidnon,cagayan,cagayan valley," +
      "camarines norte,camarines sur,camiguin,capiz,catanduanes,cotabato,south cotabato,general santos,davao del norte," +
      "davao del sur,davao oriental,dinagat,guimaras,ifugao,isabela,la union,lanao,maguindanao,marinduque,masbate," +
      "misamis oriental,misamis occidental,mountain province,nueva vizcaya,mindoro,oriental mindoro,occidental mindoro," +
      "romblon,sarangani,siquijor,sorsogon,sultan kudarat,sulu,surigao,surigao del norte," +
      "surigao del sur,tawi-tawi,zambales,zamboanga del norte,zamboanga del sur,marawi,iligan,butuan,tacloban,ormoc," +
      "dumaguete,roxas city,legazpi,naga city,lucena,antipolo,las pinas,las piñas,paranaque,parañaque,muntinlupa," +
      "marikina,mandaluyong,malabon,navotas,pasay,olongapo,angeles city,san fernando pampanga,cabanatuan,dagupan," +
      "calamba,bacoor,dasmarinas,dasmariñas,imus,lapu-lapu,mandaue,talisay,tagum,koronadal,cotabato city,puerto princesa," +
      "maynila," +
      "马尼拉,宿务,达沃,怡朗,三宝颜,碧瑶,吕宋,棉兰老,米沙鄢,甲美地,邦板牙,奎松,马卡蒂,巴拉望,八打雁",
  ),
  id: home(
    [`${WIKI}Provinces_of_Indonesia`, `${WIKI}List_of_Indonesian_cities_by_population`],
    "",
    "jakarta,jawa,java,jawa barat,west java,jawa tengah,central java,jawa timur,east java,sumatera,sumatra,sumatera utara," +
      "north sumatra,sumatera barat,west sumatra,sumatera selatan,south sumatra,medan,surabaya,bandung,semarang,yogyakarta," +
      "jogja,jogjakarta,makassar,sulawesi,sulawesi selatan,south sulawesi,sulawesi utara,north sulawesi,kalimantan," +
      "kalimantan barat,kalimantan timur,bali,lombok,nusa tenggara,nusa tenggara barat,nusa tenggara timur,ntt,ntb,aceh,riau," +
      "kepulauan riau,lampung,banten,papua,maluku,batam,bengkulu,jambi,belitung,gorontalo,palembang,pekanbaru," +
      "padang,tangerang,bekasi,depok,bogor,malang,surakarta,cirebon,tasikmalaya,banjarmasin,balikpapan,samarinda," +
      "pontianak,manado,kupang,mataram,ambon,jayapura,denpasar,indramayu,cilacap,kebumen,banyuwangi,jember,kediri,blitar," +
      "madiun,ponorogo,tulungagung,karawang,sukabumi,cianjur,garut,brebes,tegal,pekalongan,banyumas,purwokerto," +
      "wonosobo,magelang,klaten,sragen,kudus,jepara,lamongan,gresik,sidoarjo,pasuruan,probolinggo,lumajang,madura," +
      "sumbawa," +
      "雅加达,泗水,棉兰,万隆,日惹,巴厘岛,三宝垄,坤甸,山口洋,巨港,望加锡,巴淡,廖内,亚齐,苏门答腊,爪哇,加里曼丹,苏拉威西,龙目,楠榜,茂物," +
      "勿加泗,丹格朗",
  ),
  my: home(
    [`${WIKI}States_and_federal_territories_of_Malaysia`, `${WIKI}List_of_cities_and_towns_in_Malaysia_by_population`],
    "",
    "penang,pulau pinang,kuala lumpur,kl,johor,johor bahru,jb,melaka,malacca,ipoh,perak,kedah,pahang,terengganu,kelantan," +
      "negeri sembilan,seremban,selangor,klang,petaling jaya,sabah,kota kinabalu,sarawak,kuching,sibu,miri,perlis,kuantan," +
      "muar,batu pahat,shah alam,putrajaya,labuan,subang jaya,puchong,kajang,cheras,ampang,rawang,seri kembangan,cyberjaya," +
      "bukit mertajam,butterworth,alor setar,sungai petani,kulim,kota bharu,kuala terengganu," +
      "kuala kangsar,teluk intan,sitiawan,bentong,raub,temerloh,kluang,segamat,kulai,skudai," +
      "pasir gudang,pontian,kota tinggi,mersing,tawau,sandakan,lahad datu,keningau,bintulu,sarikei,kangar,langkawi," +
      "port dickson," +
      "槟城,吉隆坡,新山,柔佛,马六甲,怡保,霹雳,吉打,彭亨,登嘉楼,吉兰丹,森美兰,芙蓉,雪兰莪,巴生,八打灵,沙巴,亚庇,砂拉越,古晋," +
      "诗巫,美里,关丹,麻坡,布城,纳闽,梳邦,蒲种,加影,蕉赖,万挠,沙登,大山脚,亚罗士打,双溪大年,居林,哥打巴鲁,江沙," +
      "实兆远,文冬,劳勿,居銮,昔加末,士古来,峇株巴辖,笨珍,哥打丁宜,斗湖,山打根,民都鲁,泗里奎,玻璃市,莎阿南",
  ),
  vn: home(
    [`${WIKI}Provinces_of_Vietnam`, `${ZH_WIKI}越南行政区划`],
    "",
    // The 63 provinces and cities people name as home (before the 2025 merger), written without tone marks.
    "ha noi,hanoi,ho chi minh,saigon,sai gon,hue,hai phong,da nang,can tho,nghe an,ha tinh,thanh hoa,quang binh,quang tri," +
      "thua thien hue,quang nam,quang ngai,binh dinh,phu yen,khanh hoa,nha trang,ninh thuan,binh thuan,kon tum,gia lai," +
      "dak lak,dak nong,lam dong,da lat,dong nai,binh duong,binh phuoc,tay ninh,ba ria vung tau,vung tau,long an,tien giang," +
      "ben tre,tra vinh,vinh long,dong thap,an giang,kien giang,hau giang,soc trang,bac lieu,ca mau,ha giang,cao bang," +
      "bac kan,lang son,tuyen quang,thai nguyen,phu tho,vinh phuc,bac giang,bac ninh,quang ninh,hai duong,hung yen," +
      "thai binh,ha nam,nam dinh,ninh binh,hoa binh,son la,dien bien,lai chau,lao cai,yen bai," +
      "河内,胡志明,海防,岘港,芹苴,河静,清化,广治,顺化,富安,庆和,芽庄,宁顺,多乐,林同,大叻,同奈,平阳," +
      "前江,槟知,永隆,茶荣,朔庄,薄辽,金瓯,坚江,同塔,后江,北宁,南定,宁平,河江,奠边,山罗," +
      "富寿,宣光,北件,谅山,安沛",
  ),
  th: home(
    [`${WIKI}Provinces_of_Thailand`, `${ZH_WIKI}泰國府份`],
    "",
    // The provinces, less Tak (Mae Sot), Sa Kaeo (Poipet) and Nan (an English word).
    "bangkok,isan,isaan,udon,udon thani,khon kaen,chiang mai,chiang rai,nakhon ratchasima,korat,ubon,ubon ratchathani," +
      "buriram,surin,sisaket,si sa ket,amnat charoen,ang thong,ayutthaya,bueng kan,chachoengsao,chai nat,chaiyaphum," +
      "chanthaburi,chonburi,chon buri,chumphon,kalasin,kamphaeng phet,krabi,lampang,lamphun,loei,lopburi," +
      "mae hong son,maha sarakham,mukdahan,nakhon nayok,nakhon pathom,nakhon phanom,nakhon sawan,nakhon si thammarat," +
      "narathiwat,nong bua lamphu,nong khai,nonthaburi,pathum thani,pattani,phang nga,phatthalung,phayao,phetchabun," +
      "phetchaburi,phichit,phitsanulok,phrae,phuket,prachinburi,prachuap khiri khan,ranong,ratchaburi,rayong,roi et," +
      "sakon nakhon,samut prakan,samut sakhon,samut songkhram,saraburi,satun,sing buri,songkhla,hat yai,sukhothai," +
      "suphan buri,surat thani,trang,trat,uthai thani,uttaradit,yala,yasothon,pattaya," +
      "曼谷,清迈,清莱,呵叻,孔敬,乌隆,乌汶,合艾,宋卡,素林,武里南,普吉,芭提雅,彭世洛,那空沙旺,春武里,罗勇,北榄",
  ),
  lk: home(
    [`${WIKI}Districts_of_Sri_Lanka`, `${WIKI}Provinces_of_Sri_Lanka`],
    // The 25 districts, the two provinces whose names are not compass points, and the largest towns.
    "colombo,gampaha,kalutara,kandy,matale,nuwara eliya,galle,matara,hambantota,jaffna,kilinochchi,mannar,vavuniya," +
      "mullaitivu,batticaloa,ampara,trincomalee,kurunegala,puttalam,anuradhapura,polonnaruwa,badulla,monaragala,moneragala," +
      "ratnapura,kegalle,uva,sabaragamuwa,negombo,dehiwala,mount lavinia,moratuwa,kotte,kalmunai,chilaw,hatton,bandarawela," +
      "wattala,panadura,beruwala,ja-ela,kelaniya,maharagama,kaduwela,homagama,kadawatha,kiribathgoda,avissawella,embilipitiya," +
      "科伦坡,康提,加勒,贾夫纳,尼甘布,亭可马里,拜蒂克洛",
  ),
  pk: home(
    [`${WIKI}List_of_cities_in_Pakistan_by_population`, `${WIKI}Administrative_units_of_Pakistan`],
    "karachi,lahore,islamabad,rawalpindi,peshawar,faisalabad,multan,quetta,sialkot,gujranwala,sindh,khyber pakhtunkhwa," +
      "kpk,balochistan,baluchistan,gilgit,gilgit-baltistan,azad kashmir,bahawalpur,sargodha,sukkur,larkana,sheikhupura," +
      "rahim yar khan,jhang,dera ghazi khan,dera ismail khan,sahiwal,mardan,mingora,nawabshah,chiniot," +
      "kotli,abbottabad,mansehra,jhelum,attock,chakwal,mianwali,gwadar,turbat,muzaffarabad,khanewal,hafizabad,vehari," +
      "burewala,kohat,bannu,charsadda,swabi,mandi bahauddin,toba tek singh,narowal,wazirabad,kamoke," +
      "卡拉奇,拉合尔,伊斯兰堡,拉瓦尔品第,白沙瓦,费萨拉巴德,木尔坦,奎达,信德,俾路支,开伯尔,瓜达尔,锡亚尔科特",
    "punjab,hyderabad,kashmir,旁遮普,海得拉巴,克什米尔",
  ),
  bd: home(
    [`${WIKI}Districts_of_Bangladesh`, `${WIKI}Divisions_of_Bangladesh`],
    // Divisions and districts; those sharing a name with an Indian district (Dinajpur, Gopalganj, Jamalpur) left out.
    "dhaka,chittagong,chattogram,sylhet,khulna,rajshahi,barisal,barishal,rangpur,mymensingh,comilla,cumilla,noakhali," +
      "brahmanbaria,chandpur,lakshmipur,cox's bazar,coxs bazar,bogra,bogura,jessore,jashore,narayanganj,gazipur,tangail," +
      "faridpur,madaripur,shariatpur,munshiganj,narsingdi,netrokona,pabna,sirajganj,natore,naogaon,chapainawabganj," +
      "thakurgaon,panchagarh,nilphamari,lalmonirhat,kurigram,gaibandha,habiganj,moulvibazar,sunamganj,satkhira,bagerhat," +
      "jhenaidah,magura,narail,kushtia,chuadanga,meherpur,patuakhali,pirojpur,jhalokati,barguna,rangamati," +
      "khagrachari,bandarban,rajbari,manikganj,savar,达卡,吉大港,锡尔赫特,库尔纳,拉杰沙希",
  ),
  ke: home(
    [`${WIKI}Counties_of_Kenya`, `${WIKI}List_of_cities_and_towns_in_Kenya_by_population`],
    // The 47 counties (less Busia, which Uganda has too) and the largest towns.
    "nairobi,mombasa,kisumu,nakuru,eldoret,thika,machakos,nyeri,kakamega,kiambu,kisii,malindi,kwale,kilifi,tana river," +
      "lamu,taita taveta,taita-taveta,garissa,wajir,mandera,marsabit,isiolo,tharaka nithi,tharaka-nithi,embu,kitui," +
      "makueni,nyandarua,kirinyaga,murang'a,muranga,turkana,west pokot,samburu,trans nzoia,trans-nzoia,uasin gishu," +
      "elgeyo marakwet,elgeyo-marakwet,baringo,laikipia,narok,kajiado,kericho,bomet,vihiga,bungoma,siaya,homa bay,migori," +
      "nyamira,ruiru,kikuyu town,naivasha,kitale,nanyuki,ukunda,kitengela,ngong,rongai,juja,limuru," +
      "内罗毕,蒙巴萨,基苏木,纳库鲁,埃尔多雷特",
  ),
  sg: home(
    [`${WIKI}Planning_Areas_of_Singapore`, `${ZH_WIKI}新加坡規劃區`],
    "",
    // The planning areas (less those named like ordinary words: Newton, Orchard, Pioneer, Museum, Queenstown), all
    // marked: Malaysians work and cross the causeway there every day.
    "jurong,jurong east,jurong west,woodlands,tampines,ang mo kio,bedok,yishun,toa payoh,punggol,sengkang,hougang,clementi," +
      "bishan,serangoon,pasir ris,choa chu kang,bukit batok,bukit panjang,bukit merah,bukit timah,boon lay,geylang,kallang," +
      "marine parade,outram,paya lebar,rochor,seletar,sembawang,tanglin,tuas,bukit gombak,kranji,sentosa," +
      "changi,marsiling,buona vista,holland village,tiong bahru," +
      "裕廊,兀兰,淡滨尼,宏茂桥,勿洛,义顺,大巴窑,榜鹅,盛港,后港,金文泰,碧山,实龙岗,巴西立,蔡厝港,武吉巴督,武吉班让,武吉知马,加冷," +
      "女皇镇,三巴旺,马林百列,文礼,芽笼,乌节,牛车水,圣淘沙,樟宜,克兰芝",
  ),
  np: home(
    [`${WIKI}List_of_cities_in_Nepal`],
    "kathmandu,pokhara,lalitpur,bhaktapur,biratnagar,birgunj,chitwan,bharatpur,butwal,dharan,hetauda,janakpur,nepalgunj," +
      "dhangadhi,itahari,加德满都,博卡拉",
  ),
  ug: home(
    [`${WIKI}List_of_cities_and_towns_in_Uganda`],
    "kampala,entebbe,jinja,gulu,mbarara,mbale,masaka,lira,坎帕拉",
  ),
  et: home(
    [`${WIKI}List_of_cities_and_towns_in_Ethiopia`],
    "addis ababa,dire dawa,mekelle,gondar,bahir dar,hawassa,adama,亚的斯亚贝巴",
  ),
};
