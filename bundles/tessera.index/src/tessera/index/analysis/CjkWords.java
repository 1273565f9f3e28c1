package tessera.index.analysis;

import java.util.Set;

/**
 * Chinese words SmartChinese's dictionary cuts into single characters though a reader sees one word: the cities and
 * regions of China, Japan and Korea that city diplomacy is about, as Chinese writes them. Word frequencies and
 * double-click keep them whole; a user's own word list adds more.
 */
public final class CjkWords {

    private static final Set<String> WORDS = Set.of(
            // Japan
            "北九州", "九州", "福冈", "横滨", "神户", "川崎", "名古屋", "京都", "大阪", "札幌", "仙台", "广岛", "长崎",
            "新潟", "富山", "冈山", "熊本", "鹿儿岛", "冲绳", "北海道", "下关", "静冈", "金泽", "函馆",
            // Korea
            "釜山", "仁川", "首尔", "大邱", "光州", "大田", "蔚山", "济州", "水原", "昌原", "浦项", "丽水",
            // China
            "大连", "青岛", "天津", "上海", "宁波", "厦门", "沈阳", "烟台", "威海", "哈尔滨", "长春", "延边", "丹东",
            "苏州", "杭州", "南京", "广州", "深圳", "北京", "重庆", "成都", "武汉", "西安", "珲春", "图们江",
            // the region and its institutions
            "东北亚", "东亚", "日韩", "中日韩", "环黄海", "东亚城市", "姐妹城市", "友好城市");

    private CjkWords() {
    }

    public static boolean contains(String word) {
        return WORDS.contains(word);
    }
}
