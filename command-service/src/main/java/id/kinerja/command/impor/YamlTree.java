package id.kinerja.command.impor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;

/**
 * A YAML (or JSON) import file as a Jackson tree, remembering the line of every node so a rejection can point
 * at it. Numbers are read from their text as exact decimals: 7.00 stays 7.00, money is never a double.
 */
final class YamlTree implements ImportTree {

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    private static final int LARGEST_FILE = 5 * 1024 * 1024;

    private final JsonNode root;
    private final Map<String, Integer> lines = new HashMap<>();

    private YamlTree(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(20);
        options.setCodePointLimit(LARGEST_FILE);
        Node node;
        try {
            node = new Yaml(options).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            throw new ImportRejected(line, "", "malformed", null, "berkas bukan YAML yang sah: " + e.getProblem());
        } catch (YAMLException e) {
            throw new ImportRejected(0, "", "malformed", null, "berkas bukan YAML yang sah: " + e.getMessage());
        }
        if (!(node instanceof MappingNode)) {
            throw new ImportRejected(1, "", "malformed", null, "berkas impor berisi satu peta (format, pemda, opd, …)");
        }
        root = convert(node, "");
    }

    static YamlTree parse(String text) {
        if (text == null || text.isBlank()) {
            throw new ImportRejected(0, "", "required", null, "berkas impor kosong");
        }
        return new YamlTree(text);
    }

    @Override
    public JsonNode root() {
        return root;
    }

    /** The 1-based line where the node at this path starts, or where its nearest ancestor does. */
    @Override
    public Location location(String path) {
        String at = ImportTree.nearestKnown(path, lines::containsKey);
        return new Location(lines.getOrDefault(at, 0), path);
    }

    private JsonNode convert(Node node, String path) {
        lines.put(path, node.getStartMark().getLine() + 1);
        if (node instanceof MappingNode mapping) {
            ObjectNode object = NODES.objectNode();
            for (NodeTuple tuple : mapping.getValue()) {
                if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                    throw new ImportRejected(tuple.getKeyNode().getStartMark().getLine() + 1, path, "malformed", null,
                            "kunci peta harus berupa teks");
                }
                String child = path.isEmpty() ? key.getValue() : path + "." + key.getValue();
                object.set(key.getValue(), convert(tuple.getValueNode(), child));
            }
            return object;
        }
        if (node instanceof SequenceNode sequence) {
            ArrayNode array = NODES.arrayNode();
            for (int i = 0; i < sequence.getValue().size(); i++) {
                array.add(convert(sequence.getValue().get(i), path + "[" + i + "]"));
            }
            return array;
        }
        return scalar((ScalarNode) node, path);
    }

    private JsonNode scalar(ScalarNode scalar, String path) {
        String text = scalar.getValue();
        Tag tag = scalar.getTag();
        try {
            if (Tag.NULL.equals(tag)) {
                return NODES.nullNode();
            }
            if (Tag.BOOL.equals(tag)) {
                return NODES.booleanNode(Boolean.parseBoolean(text.toLowerCase()));
            }
            if (Tag.INT.equals(tag)) {
                BigInteger integer = new BigInteger(text.replace("_", ""));
                return integer.bitLength() < Long.SIZE ? NODES.numberNode(integer.longValue()) : NODES.numberNode(integer);
            }
            if (Tag.FLOAT.equals(tag)) {
                return NODES.numberNode(new BigDecimal(text.replace("_", "")));
            }
        } catch (NumberFormatException e) {
            throw new ImportRejected(scalar.getStartMark().getLine() + 1, path, "malformed", null,
                    "'" + text + "' bukan angka yang sah (gunakan titik sebagai pemisah desimal, tanpa pemisah ribuan)");
        }
        return NODES.textNode(text);
    }
}
