package tessera.index.analysis;

import java.util.List;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;

/**
 * Stop words for Chinese word statistics: SmartChinese's own list holds only punctuation, so the commonest function
 * words (particles, pronouns, prepositions, conjunctions, measure words) are added here; content words stay.
 */
final class ChineseStopWords {

    private static final List<String> FUNCTION_WORDS = List.of(
            "的", "地", "得", "了", "着", "过", "之", "其", "而", "与", "及", "和", "或", "并", "且", "但", "则", "即", "乃",
            "是", "为", "在", "于", "以", "对", "从", "向", "到", "由", "把", "被", "让", "给", "将", "所", "也", "又", "都",
            "就", "还", "已", "再", "才", "只", "这", "那", "此", "该", "各", "每", "某", "本", "我", "你", "他", "她", "它",
            "我们", "你们", "他们", "她们", "它们", "这些", "那些", "这个", "那个", "这种", "一种", "一个", "个", "们", "中",
            "上", "下", "里", "等", "如", "若", "因", "因为", "所以", "因此", "但是", "而且", "以及", "或者", "并且", "如果",
            "虽然", "然而", "不过", "可以", "可能", "没有", "不", "有", "没", "很", "最", "更", "比", "被", "能", "会", "要");

    private ChineseStopWords() {
    }

    static CharArraySet withPunctuation() {
        CharArraySet set = new CharArraySet(SmartChineseAnalyzer.getDefaultStopSet(), false);
        set.addAll(FUNCTION_WORDS);
        return CharArraySet.unmodifiableSet(set);
    }
}
