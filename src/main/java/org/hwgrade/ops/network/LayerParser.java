package org.hwgrade.ops.network;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.hwgrade.formula.OpException;
import org.hwgrade.formula.Suggestions;

/**
 * Reads one layer as a rubric writes it, a map of settings ({@code {kind: conv, filters: 16, size: 5,
 * padding: 2}}), into a {@link NamedLayer}. Each setting has a short name and the name PyTorch or Keras
 * gives it (size / kernel_size, filters / out_channels, units / out_features); a setting the kind does
 * not take is an error that lists those it does.
 */
public final class LayerParser {

    private LayerParser() {
    }

    /**
     * @param index    0-based position in the list: an unnamed layer is called layer1, layer2, ...
     * @param settings the layer's settings, {@code kind} among them
     * @throws OpException naming the layer and the setting at fault
     */
    public static NamedLayer parse(int index, Map<String, Setting> settings) {
        Reader r = new Reader(settings);
        String name = r.text("name").orElse("layer" + (index + 1));
        String kind = r.text("kind").orElseThrow(() -> new OpException("layer " + name + " has no kind",
                "give it a kind such as kind: conv (see docs/ops.md for the kinds)"))
                .strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        try {
            NetLayer layer = layer(kind, r);
            String[] keys = declaredInputKeys(layer);
            OptionalLong declared = keys.length == 0 ? OptionalLong.empty() : r.whole(keys);
            r.requireAllRead(kind);
            return new NamedLayer(name, layer, declared);
        } catch (OpException e) {
            throw new OpException("layer " + name + " (" + kind + "): " + e.getMessage(), e.hint());
        }
    }

    private static NetLayer layer(String kind, Reader r) {
        return switch (kind) {
            case "conv", "conv2d", "convolution" -> new ConvLayer(r.required("filters", "out_channels"), window(r, 1),
                    r.whole("groups").orElse(1), r.flag("bias").orElse(true));
            case "depthwise_conv", "depthwise", "depthwise_conv2d" -> new DepthwiseConvLayer(
                    positive(r.whole("multiplier", "depth_multiplier").orElse(1), "multiplier"), window(r, 1),
                    r.flag("bias").orElse(true));
            case "conv_transpose", "conv_transpose2d", "transposed_conv", "deconv" -> new ConvTransposeLayer(
                    r.required("filters", "out_channels"), window(r, 1), r.whole("output_padding").orElse(0),
                    r.whole("groups").orElse(1), r.flag("bias").orElse(true));
            case "max_pool", "maxpool", "max_pool2d", "pool" -> pool(true, r);
            case "avg_pool", "avgpool", "avg_pool2d", "average_pool" -> pool(false, r);
            case "global_avg_pool", "global_average_pool" -> new GlobalPoolLayer(false);
            case "global_max_pool" -> new GlobalPoolLayer(true);
            case "flatten" -> new FlattenLayer();
            case "dense", "linear", "fc", "fully_connected" -> new DenseLayer(r.required("units", "out_features", "filters"),
                    r.flag("bias").orElse(true));
            case "batch_norm", "batchnorm", "batch_norm2d", "bn" -> new BatchNormLayer(r.flag("affine").orElse(true),
                    r.flag("running_stats", "track_running_stats").orElse(true));
            case "layer_norm", "layernorm", "ln" -> new LayerNormLayer(r.flag("affine", "elementwise_affine").orElse(true),
                    r.flag("bias").orElse(true));
            case "embedding" -> new EmbeddingLayer(r.required("vocab", "num_embeddings", "input_dim"),
                    r.required("dim", "embedding_dim", "output_dim"));
            case "lstm", "gru", "rnn" -> new RecurrentLayer(RecurrentLayer.Cell.valueOf(kind.toUpperCase(Locale.ROOT)),
                    r.required("hidden", "hidden_size", "units"), r.flag("bias", "use_bias").orElse(true), r.convention(),
                    r.flag("bidirectional").orElse(false), r.flag("reset_after").orElse(true));
            case "attention", "multi_head_attention", "multihead_attention", "mha" -> new AttentionLayer(
                    r.whole("heads", "num_heads").orElse(1), r.flag("bias").orElse(true));
            case "transformer_encoder", "transformer_encoder_layer", "encoder_layer" -> new TransformerEncoderLayer(
                    r.whole("heads", "num_heads", "nhead").orElse(1), r.required("d_ff", "dim_feedforward"),
                    r.flag("bias").orElse(true));
            case "relu", "sigmoid", "tanh", "softmax", "gelu", "leaky_relu", "activation" -> new ActivationLayer(kind);
            case "dropout" -> {
                r.number("rate", "p");
                yield new ActivationLayer(kind);
            }
            default -> throw new OpException("unknown layer kind '" + kind + "'", "use one of: " + String.join(", ", KINDS));
        };
    }

    /** The kinds in their short names, for messages and docs/ops.md. */
    public static final List<String> KINDS = List.of("conv", "depthwise_conv", "conv_transpose", "max_pool", "avg_pool",
            "global_avg_pool", "global_max_pool", "flatten", "dense", "batch_norm", "layer_norm", "embedding", "lstm", "gru",
            "rnn", "attention", "transformer_encoder", "relu", "sigmoid", "tanh", "softmax", "gelu", "dropout");

    /** The settings in which a framework states a layer's input size, checked against what reaches the layer. */
    private static String[] declaredInputKeys(NetLayer layer) {
        if (layer instanceof ConvLayer || layer instanceof DepthwiseConvLayer || layer instanceof ConvTransposeLayer) {
            return new String[] {"in_channels"};
        }
        if (layer instanceof DenseLayer) {
            return new String[] {"in_features"};
        }
        if (layer instanceof RecurrentLayer) {
            return new String[] {"input_size"};
        }
        if (layer instanceof AttentionLayer || layer instanceof TransformerEncoderLayer) {
            return new String[] {"d_model", "embed_dim"};
        }
        if (layer instanceof BatchNormLayer) {
            return new String[] {"features", "num_features"};
        }
        if (layer instanceof LayerNormLayer) {
            return new String[] {"features", "normalized_shape"};
        }
        return new String[0];
    }

    private static PoolLayer pool(boolean max, Reader r) {
        long[] size = r.pair("size", "kernel", "kernel_size", "pool_size").orElseThrow(() -> new OpException(
                "a pooling layer needs a size", "e.g. size: 2 (or size: [2, 4] for 2 rows by 4 columns)"));
        long[] stride = r.pair("stride", "strides").orElse(size);
        long[] dilation = max ? r.pair("dilation").orElse(new long[] {1, 1}) : new long[] {1, 1};
        return new PoolLayer(max, new Window(size[0], size[1], stride[0], stride[1], padding(r), dilation[0], dilation[1]),
                r.flag("ceil_mode").orElse(false));
    }

    private static Window window(Reader r, long defaultStride) {
        long[] size = r.pair("size", "kernel", "kernel_size").orElseThrow(() -> new OpException(
                "the layer needs a size", "e.g. size: 3 (or size: [3, 5] for 3 rows by 5 columns)"));
        long[] stride = r.pair("stride", "strides").orElse(new long[] {defaultStride, defaultStride});
        long[] dilation = r.pair("dilation", "dilation_rate").orElse(new long[] {1, 1});
        return new Window(size[0], size[1], stride[0], stride[1], padding(r), dilation[0], dilation[1]);
    }

    private static Padding padding(Reader r) {
        Optional<Setting> p = r.any("padding");
        if (p.isEmpty()) {
            return Padding.NONE;
        }
        if (p.get() instanceof Setting.Text t) {
            return switch (t.value().strip().toLowerCase(Locale.ROOT)) {
                case "same" -> new Padding.Same();
                case "valid" -> Padding.NONE;
                default -> throw new OpException("padding " + t + " is not a number, a pair, \"same\" or \"valid\"",
                        "e.g. padding: 1, padding: [1, 2] or padding: same");
            };
        }
        long[] pair = Reader.asPair("padding", p.get());
        return new Padding.Explicit(pair[0], pair[1]);
    }

    private static long positive(long value, String key) {
        if (value < 1) {
            throw new OpException(key + " " + value + " is less than 1", "give " + key + " of at least 1");
        }
        return value;
    }

    /** Settings read one by one, so that any left unread can be reported as not taken by the kind. */
    private static final class Reader {
        private final Map<String, Setting> settings;
        private final Set<String> read = new LinkedHashSet<>();

        Reader(Map<String, Setting> settings) {
            this.settings = new LinkedHashMap<>(settings);
        }

        /** The setting under the first of {@code keys} present (a key and its alias together is an error). */
        Optional<Setting> any(String... keys) {
            List<String> present = new ArrayList<>();
            for (String k : keys) {
                read.add(k);
                if (settings.containsKey(k)) {
                    present.add(k);
                }
            }
            if (present.size() > 1) {
                throw new OpException("both " + present.get(0) + " and " + present.get(1) + " are given: they are the same setting",
                        "keep one of them");
            }
            return present.isEmpty() ? Optional.empty() : Optional.of(settings.get(present.get(0)));
        }

        Optional<String> text(String key) {
            return any(key).map(s -> {
                if (s instanceof Setting.Text t) {
                    return t.value();
                }
                if (s instanceof Setting.Whole w) {
                    return Long.toString(w.value());
                }
                throw new OpException(key + " must be a word, got " + s, "e.g. " + key + ": conv1");
            });
        }

        OptionalLong whole(String... keys) {
            Optional<Setting> s = any(keys);
            if (s.isEmpty()) {
                return OptionalLong.empty();
            }
            if (s.get() instanceof Setting.Whole w) {
                return OptionalLong.of(w.value());
            }
            throw new OpException(keys[0] + " must be an integer, got " + s.get(), "e.g. " + keys[0] + ": 64");
        }

        long required(String... keys) {
            OptionalLong value = whole(keys);
            if (value.isPresent()) {
                return value.getAsLong();
            }
            Optional<String> typo = settings.keySet().stream().filter(k -> !read.contains(k))
                    .filter(k -> Suggestions.closest(k, List.of(keys)).isPresent()).findFirst();
            throw new OpException("the layer needs " + keys[0] + " (or " + keys[1] + ")", typo.map(t -> "it has " + t + ": "
                    + Suggestions.didYouMean(t, List.of(keys))).orElse("e.g. " + keys[0] + ": 64"));
        }

        /** A number of any kind, only checked to be one (a dropout rate changes no count). */
        void number(String... keys) {
            any(keys).ifPresent(s -> {
                if (!(s instanceof Setting.Whole || s instanceof Setting.Fraction)) {
                    throw new OpException(keys[0] + " must be a number, got " + s, "e.g. " + keys[0] + ": 0.5");
                }
            });
        }

        Optional<long[]> pair(String... keys) {
            return any(keys).map(s -> asPair(keys[0], s));
        }

        static long[] asPair(String key, Setting s) {
            if (s instanceof Setting.Whole w) {
                return new long[] {w.value(), w.value()};
            }
            if (s instanceof Setting.Pair p) {
                return new long[] {p.first(), p.second()};
            }
            throw new OpException(key + " must be an integer or a pair [rows, columns], got " + s, "e.g. " + key + ": 3");
        }

        Optional<Boolean> flag(String... keys) {
            return any(keys).map(s -> {
                if (s instanceof Setting.Flag f) {
                    return f.value();
                }
                String word = s instanceof Setting.Text t ? t.value().strip().toLowerCase(Locale.ROOT) : "";
                if (List.of("true", "yes", "on").contains(word) || List.of("false", "no", "off").contains(word)) {
                    return List.of("true", "yes", "on").contains(word);
                }
                throw new OpException(keys[0] + " must be true or false, got " + s, "e.g. " + keys[0] + ": false");
            });
        }

        Optional<Convention> convention() {
            return text("convention").map(t -> Convention.named(t).orElseThrow(() -> new OpException(
                    "convention \"" + t + "\" is neither pytorch nor keras", "say convention: pytorch or convention: keras")));
        }

        void requireAllRead(String kind) {
            Set<String> unread = new LinkedHashSet<>(settings.keySet());
            unread.removeAll(read);
            if (!unread.isEmpty()) {
                Set<String> known = new LinkedHashSet<>(read);
                known.removeAll(Set.of("name", "kind"));
                String typo = Suggestions.didYouMean(unread.iterator().next(), known);
                throw new OpException("a " + kind + " layer has no setting " + String.join(", ", unread),
                        known.isEmpty() ? "remove it: this kind takes no settings"
                                : (typo.isEmpty() ? "" : typo + " ") + "remove it or use one of: " + String.join(", ", known));
            }
        }
    }
}
