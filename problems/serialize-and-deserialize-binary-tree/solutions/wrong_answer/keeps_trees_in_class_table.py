class Codec:
    # Keeps every tree in a table shared by all instances and sends only its key: nothing of
    # the tree is in the string, and the "decoded" tree is the original one.
    trees = {}

    def serialize(self, root):
        key = str(len(Codec.trees))
        Codec.trees[key] = root
        return key

    def deserialize(self, data):
        return Codec.trees[data]
